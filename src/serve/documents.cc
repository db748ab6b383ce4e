// API bodies are read with the JSON Lines reader's record parser
// (ingest/json_record.h), so a document posted to the server means what the
// same object means in a .jsonl file. The API is stricter in two ways, since
// a client that sent something odd should hear about it at once rather than
// find a field silently dropped: what the file reader only warns about (a
// "url" that is not a string, a "date" that is not a date) is an error here,
// and invalid UTF-8 or unpaired surrogates are rejected instead of repaired.
// A text/plain body is read as a .txt file is (ingest/readers.h). Documents
// without an "id" are numbered in the order they come; the store knows a
// document by its content, not its id (dyad/store.h), so numbers repeated
// in another request lose nothing.
#include "serve/documents.h"

#include <simdjson.h>

#include <string>
#include <utility>

#include "core/data_lines.h"
#include "ingest/json_record.h"
#include "ingest/readers.h"

namespace dyad::serve {
namespace {

namespace od = simdjson::ondemand;

// Turns the objects of one body into documents; owns the reused parser.
class BodyReader {
 public:
  BodyReader(size_t max_documents, std::vector<Document>* out) : max_documents_(max_documents), out_(out) {}

  // The whole body is one JSON value: an object, {"documents": [...]} or an
  // array of objects.
  Status Value(std::string_view json) {
    simdjson::padded_string padded(json);
    od::document doc;
    simdjson::error_code err = parser_.iterate(padded).get(doc);
    od::json_type type;
    if (!err) err = doc.type().get(type);
    if (err) return Status::InvalidArgument("the body is not valid JSON: " + ingest::MalformedJson(err));
    if (type == od::json_type::array) {
      od::array array;
      if ((err = doc.get_array().get(array))) return Malformed(err);
      return Array(array);
    }
    if (type != od::json_type::object) return Status::InvalidArgument("the body is not a JSON object or array");
    // One pass to find a "documents" member (and check the rest), then the
    // real pass over the rewound document.
    bool wrapped = false;
    {
      od::object object;
      if ((err = doc.get_object().get(object))) return Malformed(err);
      for (auto field_result : object) {
        od::field field;
        std::string_view key;
        if ((err = std::move(field_result).get(field)) || (err = field.unescaped_key().get(key))) {
          return Malformed(err);
        }
        if (key == "documents") wrapped = true;
        if ((err = ingest::ValidateJson(field.value(), 1))) return Malformed(err);
      }
    }
    doc.rewind();
    od::object object;
    if ((err = doc.get_object().get(object))) return Malformed(err);
    if (!wrapped) return Object(object, "document 1");
    for (auto field_result : object) {
      od::field field;
      std::string_view key;
      if ((err = std::move(field_result).get(field)) || (err = field.unescaped_key().get(key))) return Malformed(err);
      if (key != "documents") continue;
      od::array array;
      if (field.value().get_array().get(array)) return Status::InvalidArgument("\"documents\" must be an array");
      return Array(array);
    }
    return Status::Ok();
  }

  // One line of a JSON Lines body.
  Status Line(std::string_view line, uint32_t line_no) {
    const std::string where = "line " + std::to_string(line_no);
    if (ingest::HasTrailingContent(line)) {
      return Status::InvalidArgument(where + ": malformed JSON: more content after the end of the record");
    }
    line_.assign(line);
    line_.reserve(line_.size() + simdjson::SIMDJSON_PADDING);
    od::document doc;
    od::object object;
    simdjson::error_code err =
        parser_.iterate(simdjson::padded_string_view(line_.data(), line_.size(), line_.capacity())).get(doc);
    if (!err) err = doc.get_object().get(object);
    if (err) return Status::InvalidArgument(where + " is not a JSON object: " + ingest::MalformedJson(err));
    return Object(object, where);
  }

 private:
  Status Array(od::array& array) {
    for (auto element : array) {
      od::object object;
      const std::string where = "document " + std::to_string(out_->size() + 1);
      if (std::move(element).get_object().get(object)) return Status::InvalidArgument(where + " is not a JSON object");
      DYAD_RETURN_IF_ERROR(Object(object, where));
    }
    return Status::Ok();
  }

  Status Object(od::object& object, const std::string& where) {
    if (out_->size() >= max_documents_) {
      return Status::InvalidArgument("more than " + std::to_string(max_documents_) + " documents in one request");
    }
    Document d;
    warnings_.clear();
    std::string reason = ingest::ParseJsonRecord(object, options_, /*id_required=*/false, &d, &warnings_);
    if (reason.empty() && !warnings_.empty()) reason = std::move(warnings_.front());
    if (!reason.empty()) return Status::InvalidArgument(where + ": " + reason);
    if (d.text.empty() && d.title.empty()) return Status::InvalidArgument(where + " has an empty text");
    if (d.id.empty()) d.id = std::to_string(out_->size() + 1);
    d.source = kApiSource;
    d.record = out_->size() + 1;
    out_->push_back(std::move(d));
    return Status::Ok();
  }

  static Status Malformed(simdjson::error_code err) {
    return Status::InvalidArgument("the body is not valid JSON: " + ingest::MalformedJson(err));
  }

  const size_t max_documents_;
  std::vector<Document>* out_;
  const ReadOptions options_;  // no --field mapping: the API's names are dyad's
  od::parser parser_;
  std::string line_;
  std::vector<std::string> warnings_;
};

}  // namespace

Status ParseDocuments(std::string_view body, std::string_view content_type, size_t max_documents,
                      std::vector<Document>* out) {
  out->clear();
  if (content_type.starts_with("text/plain")) {
    // Read as a .txt file is: trimmed, and a first line followed by a blank
    // line is the title.
    ReadReport report;
    ingest::ReadTextBuffer(body, kApiSource, ReadOptions(), [&](Document&& d) { out->push_back(std::move(d)); },
                           &report);
    if (out->empty() || (out->front().text.empty() && out->front().title.empty())) {
      out->clear();
      return Status::InvalidArgument("the text is empty");
    }
    out->front().id.assign(1, '1');  // (not = "1": GCC 12 at -O3 warns falsely, -Wrestrict)
    return Status::Ok();
  }
  BodyReader reader(max_documents, out);
  if (!ingest::HasTrailingContent(body)) {
    // One JSON value (objects may span lines). Blank bodies fall through to
    // "no document".
    if (body.find_first_not_of(" \t\r\n") != std::string_view::npos) DYAD_RETURN_IF_ERROR(reader.Value(body));
  } else {
    // More than one value: JSON Lines, every non-blank line one object.
    Status status;
    data::ForEachNumberedLine(body, [&](std::string_view line, uint32_t line_no) {
      if (line.find_first_not_of(" \t\r") == std::string_view::npos) return true;
      status = reader.Line(line, line_no);
      return status.ok();
    });
    DYAD_RETURN_IF_ERROR(status);
  }
  if (out->empty()) return Status::InvalidArgument("no document in the body");
  return Status::Ok();
}

}  // namespace dyad::serve
