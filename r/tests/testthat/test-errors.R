# Bad input: an R error carrying the library's message, or for one bad
# document among others a warning naming it while the rest is coded; R
# itself carries on.

good <- "India and China agree to pull back troops from border flashpoint"

test_that("a bad document among others is named and the rest is coded", {
  docs <- data.frame(id = c("a", "b", "c"), text = c(good, good, "Russia threatened Ukraine."),
                     date = c("2024-03-01", "not a date", "2024-03-03"))
  expect_warning(ev <- dyad_code_df(docs, dedupe = FALSE), "document 2: \"date\" is not a date: \"not a date\"")
  expect_identical(unique(ev$doc_id), c("a", "c"))
  expect_identical(attr(ev, "summary"), "dyad: 3 documents read, 2 coded, 0 empty, 1 rejected, 2 sentences")
  docs$text[1] <- NA
  expect_warning(ev <- dyad_code_df(docs, dedupe = FALSE), "document 1: record has no \"text\"")
  expect_true("c" %in% ev$doc_id)
})

test_that("the one document of dyad_code is an error when it is bad", {
  expect_error(dyad_code(good, date = "2024-13-45"), "\"date\" is not a date")
  expect_error(dyad_code(NA_character_), "record has no \"text\"")
  expect_error(dyad_code(42), "text must be a character vector")
  expect_error(dyad_code(c(good, good), id = c("a", "b", "c")), "id has 3 values for 2 texts")
})

test_that("a duplicate is reported and coded once", {
  expect_warning(ev <- dyad_code_df(data.frame(id = c("a", "b"), text = c(good, good))), "document 2: .*duplicate")
  expect_identical(unique(ev$doc_id), "a")
})

test_that("a data folder that cannot be loaded is an error with the library's message", {
  missing <- file.path(tempdir(), "no-such-data")
  expect_error(dyad_code(good, data_dir = missing), "no-such-data")
  expect_gt(nrow(dyad_code(good)), 0)  # and R goes on
})

test_that("store errors are R errors with the library's message", {
  expect_error(dyad_query(file.path(tempdir(), "none.sqlite")), "none.sqlite")
  not_store <- tempfile(fileext = ".sqlite")
  writeLines("not a database", not_store)
  expect_error(dyad_query(not_store), "dyad: ")
  expect_error(dyad_query(not_store, from = "yesterday"), "from must be a date")
  expect_error(dyad_query(not_store, dyad = "CHN"), "dyad takes two actor codes")
  expect_error(dyad_query(not_store, quad = 5), "quad is a quad class")
  expect_error(dyad_query(not_store, near = c(100, 0, 5)), "near takes")
})
