#include "serve/documents.h"

#include <nlohmann/json.hpp>
#include <string>

#include "core/data_lines.h"

namespace dyad::serve {
namespace {

using nlohmann::json;

Status FromObject(const json& j, size_t index, Document* d) {
  const std::string where = "document " + std::to_string(index + 1);
  if (!j.is_object()) return Status::InvalidArgument(where + " is not a JSON object");
  auto text_field = [&](const char* name, std::string* out, bool required) -> Status {
    auto it = j.find(name);
    if (it == j.end() || it->is_null()) {
      return required ? Status::InvalidArgument(where + " has no \"" + name + "\"") : Status::Ok();
    }
    if (!it->is_string()) return Status::InvalidArgument(where + ": \"" + name + "\" must be a string");
    *out = it->get_ref<const std::string&>();
    return Status::Ok();
  };
  DYAD_RETURN_IF_ERROR(text_field("text", &d->text, true));
  DYAD_RETURN_IF_ERROR(text_field("title", &d->title, false));
  DYAD_RETURN_IF_ERROR(text_field("id", &d->id, false));
  DYAD_RETURN_IF_ERROR(text_field("url", &d->url, false));
  std::string date;
  DYAD_RETURN_IF_ERROR(text_field("date", &date, false));
  if (!date.empty() && !NormalizeDate(date, &d->date)) {
    return Status::InvalidArgument(where + ": \"date\" must be YYYY-MM-DD or ISO 8601, from 1800-01-01 to 2200-12-31");
  }
  if (d->text.find_first_not_of(" \t\r\n") == std::string::npos && d->title.empty()) {
    return Status::InvalidArgument(where + " has an empty text");
  }
  if (d->id.empty()) d->id = std::to_string(index + 1);
  d->source = kApiSource;
  d->record = index + 1;
  return Status::Ok();
}

Status Add(const json& j, size_t max_documents, std::vector<Document>* out) {
  if (out->size() >= max_documents) {
    return Status::InvalidArgument("more than " + std::to_string(max_documents) + " documents in one request");
  }
  Document d;
  DYAD_RETURN_IF_ERROR(FromObject(j, out->size(), &d));
  out->push_back(std::move(d));
  return Status::Ok();
}

}  // namespace

Status ParseDocuments(std::string_view body, std::string_view content_type, size_t max_documents,
                      std::vector<Document>* out) {
  out->clear();
  if (content_type.starts_with("text/plain")) {
    Document d;
    d.text = std::string(body);
    RepairUtf8(&d.text);
    if (d.text.find_first_not_of(" \t\r\n") == std::string::npos) return Status::InvalidArgument("the text is empty");
    d.id = "1";
    d.source = kApiSource;
    d.record = 1;
    out->push_back(std::move(d));
    return Status::Ok();
  }
  // Depth is bounded by the body size; nlohmann parses iteratively enough
  // for the bodies allowed here.
  json j = json::parse(body.begin(), body.end(), nullptr, /*allow_exceptions=*/false);
  if (!j.is_discarded()) {
    if (j.is_object() && j.contains("documents")) {
      const json& docs = j["documents"];
      if (!docs.is_array()) return Status::InvalidArgument("\"documents\" must be an array");
      for (const json& d : docs) DYAD_RETURN_IF_ERROR(Add(d, max_documents, out));
    } else if (j.is_array()) {
      for (const json& d : j) DYAD_RETURN_IF_ERROR(Add(d, max_documents, out));
    } else {
      DYAD_RETURN_IF_ERROR(Add(j, max_documents, out));
    }
  } else {
    // JSON Lines: every non-blank line is one object.
    Status status;
    data::ForEachNumberedLine(body, [&](std::string_view line, uint32_t line_no) {
      if (line.find_first_not_of(" \t\r") == std::string_view::npos) return true;
      json l = json::parse(line.begin(), line.end(), nullptr, false);
      if (l.is_discarded()) {
        status = Status::InvalidArgument(line_no == 1 && body.find('\n') == std::string_view::npos
                                             ? "the body is not valid JSON"
                                             : "line " + std::to_string(line_no) + " is not valid JSON");
      } else {
        status = Add(l, max_documents, out);
      }
      return status.ok();
    });
    DYAD_RETURN_IF_ERROR(status);
  }
  if (out->empty()) return Status::InvalidArgument("no document in the body");
  return Status::Ok();
}

}  // namespace dyad::serve
