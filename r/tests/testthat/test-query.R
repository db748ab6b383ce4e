# dyad_query: the events `dyad query` selects, with its filters.

make_store <- function() {
  db <- tempfile(fileext = ".sqlite")
  run_cli(c("ingest", "--db", shQuote(db), shQuote(source_file("examples", "wire.jsonl"))))
  db
}

# `dyad query --format csv` with `args`, as a data.frame of strings.
cli_query <- function(db, args = character(0)) {
  lines <- run_cli(c("query", "--db", shQuote(db), "--format", "csv", args))
  read.csv(text = paste(lines, collapse = "\n"), colClasses = "character", na.strings = character(0),
           check.names = FALSE)
}

expect_same_rows <- function(events, csv) {
  expect_identical(names(events), names(csv))
  expect_equal(nrow(events), nrow(csv))
  for (col in names(events)) {
    got <- events[[col]]
    want <- csv[[col]]
    if (inherits(got, "Date")) got <- format(got, "%Y-%m-%d")
    if (inherits(got, "POSIXct")) got <- format(got, "%Y%m%d%H%M%S", tz = "UTC")
    if (is.numeric(got)) {
      expect_equal(got, as.numeric(ifelse(want == "", NA, want)), info = col)
    } else {
      expect_identical(ifelse(is.na(got), "", got), want, info = col)
    }
  }
}

test_that("all stored events, as dyad query --format csv lists them", {
  db <- make_store()
  ev <- dyad_query(db)
  expect_gt(nrow(ev), 0)
  expect_same_rows(ev, cli_query(db))
  expect_type(ev$code, "character")
  expect_s3_class(ev$date, "Date")
  expect_s3_class(ev$date_added, "POSIXct")
  expect_type(ev$num_mentions, "double")
})

test_that("each filter selects what the CLI's selects", {
  db <- make_store()
  all <- dyad_query(db)
  first <- all[1, ]
  cases <- list(
    list(r = list(source = substr(first$source, 1, 3)), cli = c("--source", substr(first$source, 1, 3))),
    list(r = list(target = first$target), cli = c("--target", first$target)),
    list(r = list(code = first$code), cli = c("--code", first$code)),
    list(r = list(code = paste0(first$root, "*")), cli = c("--code", paste0(first$root, "*"))),
    list(r = list(root = first$root), cli = c("--root", first$root)),
    list(r = list(quad = first$quad_class), cli = c("--quad", first$quad_class)),
    list(r = list(dyad = c(first$source, first$target)), cli = c("--dyad", paste0(first$source, ",", first$target))),
    list(r = list(dyad = paste0(first$source, ",", first$target), directed = TRUE),
         cli = c("--dyad", paste0(first$source, ",", first$target), "--directed")),
    list(r = list(from = as.Date("2020-01-01")), cli = c("--from", "2020-01-01")),
    list(r = list(to = "2020-01-01"), cli = c("--to", "2020-01-01")),
    list(r = list(limit = 2), cli = c("--limit", "2"))
  )
  for (case in cases) {
    ev <- do.call(dyad_query, c(list(db), case$r))
    expect_same_rows(ev, cli_query(db, case$cli))
    expect_gt(nrow(ev), 0)
  }
})

test_that("a filter the library refuses is an error with its message", {
  db <- make_store()
  expect_error(dyad_query(db, source = "CH"), "three-letter")
  expect_error(dyad_query(db, source = "ZZZ"), "ZZZ")
})
