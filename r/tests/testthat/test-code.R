# dyad_code and dyad_code_df: the events of `dyad code`, as typed columns.

border <- "India and China agree to pull back troops from border flashpoint"

test_that("a sentence gives typed events with codes as strings", {
  ev <- dyad_code(border, id = "border", date = "2024-03-01")
  expect_gt(nrow(ev), 0)
  expect_type(ev$code, "character")
  expect_true(all(grepl("^[0-9]{3,4}$", ev$code)))
  expect_identical(ev$root, substr(ev$code, 1, 2))
  expect_true(all(startsWith(ev$root, "0")))  # "03": the leading zero is kept
  expect_s3_class(ev$date, "Date")
  expect_type(ev$sentence, "integer")
  expect_type(ev$quad_class, "integer")
  expect_type(ev$goldstein, "double")
  expect_type(ev$confidence, "double")
  expect_type(ev$date_resolved, "logical")
  expect_identical(unique(ev$doc_id), "border")
  expect_true(all(c("IND", "CHN") %in% c(ev$source, ev$target)))
})

test_that("evidence spans are code points into the sentence", {
  ev <- dyad_code(border)
  off <- ev$evidence_sentence_begin
  expect_identical(substr(ev$evidence_sentence, ev$evidence_source_begin - off + 1, ev$evidence_source_end - off),
                   ev$source_text)
  expect_identical(substr(ev$evidence_sentence, ev$evidence_verb_begin - off + 1, ev$evidence_verb_end - off),
                   ev$evidence_verb_text)
})

test_that("a text without events gives no rows and the same typed columns", {
  none <- dyad_code("The weather was mild.")
  some <- dyad_code(border)
  expect_equal(nrow(none), 0)
  expect_identical(names(none), names(some))
  expect_identical(vapply(none, function(c) class(c)[1], ""), vapply(some, function(c) class(c)[1], ""))
})

test_that("dyad_code_df gives exactly the events of dyad code on the same documents", {
  skip_if_not_installed("jsonlite")
  path <- source_file("examples", "wire.jsonl")
  reference <- cli_events(path)
  expect_gt(length(reference), 0)
  expect_same_events(dyad_code_df(read_documents(path)), reference)
})

test_that("columns are mapped as --field maps them", {
  skip_if_not_installed("jsonlite")
  docs <- read_documents(source_file("examples", "wire.jsonl"))
  plain <- dyad_code_df(docs)
  names(docs)[names(docs) == "text"] <- "body"
  names(docs)[names(docs) == "title"] <- "headline"
  mapped <- dyad_code_df(docs, fields = c(text = "body", title = "headline"))
  expect_identical(mapped, plain)
  expect_error(dyad_code_df(docs), "no column \"text\"")
})

test_that("several texts are several documents, coded in order on any number of threads", {
  ev <- dyad_code(c(border, "Police arrested dozens of protesters in central Moscow on Saturday."),
                  id = c("a", "b"), date = "2024-03-01")
  expect_identical(unique(ev$doc_id), c("a", "b"))
  docs <- data.frame(id = sprintf("d%02d", 1:12), text = rep(c(border, "Russia threatened Ukraine."), 6),
                     url = sprintf("https://example.org/%d", 1:12), date = as.Date("2024-03-01") + 0:11)
  one <- dyad_code_df(docs, dedupe = FALSE)
  expect_identical(dyad_code_df(docs, dedupe = FALSE, threads = 2), one)
  expect_identical(unique(one$doc_id), docs$id)
  expect_identical(unique(one$date), docs$date)
})
