# A real corpus (../shared/corpora/voa): dyad_code_df gives exactly the
# events of `dyad code` over the same file.

test_that("the VOA stories give the events of dyad code", {
  path <- file.path(Sys.getenv("DYAD_SHARED", "../shared"), "corpora", "voa", "voa_stories.jsonl")
  skip_if_not(file.exists(path), paste("no", path, "(../shared is absent)"))
  skip_if_not_installed("jsonlite")
  reference <- cli_events(path)
  expect_gt(length(reference), 100)
  # The file's "published" is the date, as the JSON Lines reader takes it.
  ev <- dyad_code_df(read_documents(path), fields = c(date = "published"))
  expect_same_events(ev, reference)
})
