# What the tests compare the package with: the dyad command of the same
# build (DYAD_CLI), whose JSON Lines and CSV are the reference.

dyad_cli <- function() {
  cli <- Sys.getenv("DYAD_CLI")
  if (!nzchar(cli) || !file.exists(cli)) testthat::skip("DYAD_CLI does not name the dyad binary")
  cli
}

source_file <- function(...) file.path(Sys.getenv("DYAD_SOURCE_DIR", "."), ...)

# Runs `dyad ARGS`; its standard output, one string per line.
run_cli <- function(args) {
  out <- suppressWarnings(system2(dyad_cli(), args, stdout = TRUE, stderr = FALSE))
  status <- attr(out, "status")
  if (!is.null(status) && status != 0) stop("dyad ", paste(args, collapse = " "), " exited with ", status)
  out
}

# One JSON object as the data.frame row names it: nested objects flattened
# with "_", [begin, end] spans as two values, null as NA.
flatten_event <- function(x, prefix = "") {
  out <- list()
  for (k in names(x)) {
    v <- x[[k]]
    name <- paste0(prefix, k)
    if (is.null(v)) {
      out[[name]] <- NA
    } else if (is.list(v) && !is.null(names(v))) {
      out <- c(out, flatten_event(v, paste0(name, "_")))
    } else if (is.list(v) && length(v) == 2 && grepl("span$", k)) {
      out[[sub("_span$", "_begin", name)]] <- v[[1]]
      out[[sub("_span$", "_end", name)]] <- v[[2]]
    } else if (is.list(v) && length(v) == 2) {
      out[[paste0(name, "_begin")]] <- v[[1]]
      out[[paste0(name, "_end")]] <- v[[2]]
    } else {
      out[[name]] <- v
    }
  }
  out
}

# The events of `dyad code` on `path` as lists of flattened values, coded
# with the package's data folder (data_version hashes the files with their
# paths as the data folder names them, and build/share/dyad holds links).
cli_events <- function(path) {
  data <- system.file("share", "dyad", package = "dyad")
  lines <- run_cli(c("code", "--data", shQuote(data), shQuote(path)))
  lapply(lines, function(l) flatten_event(jsonlite::fromJSON(l, simplifyVector = FALSE)))
}

# Expects the data.frame `events` to hold exactly `reference` (flattened
# events), column by column and row by row, with the types the package
# promises. A null object (action_geo) stands for all its columns.
expect_same_events <- function(events, reference) {
  testthat::expect_equal(nrow(events), length(reference))
  cols <- names(events)
  for (e in reference) {
    keys <- unlist(lapply(names(e), function(k) if (k %in% cols) k else cols[startsWith(cols, paste0(k, "_"))]))
    testthat::expect_identical(keys, cols)
  }
  if (length(reference) == 0) return(invisible())
  for (col in cols) {
    want <- vapply(reference, function(e) {
      v <- e[[col]]
      if (is.null(v) || is.na(v[1])) NA_character_ else as.character(v)
    }, "")
    got <- events[[col]]
    if (inherits(got, "Date")) got <- format(got, "%Y-%m-%d")
    if (is.numeric(got)) {
      testthat::expect_equal(got, as.numeric(want), info = col)
    } else {
      testthat::expect_identical(as.character(got), want, info = col)
    }
  }
}

# A JSON Lines file as a data.frame of its documents (every field a column).
read_documents <- function(path) {
  docs <- lapply(readLines(path, encoding = "UTF-8"), jsonlite::fromJSON)
  keys <- unique(unlist(lapply(docs, names)))
  df <- as.data.frame(lapply(setNames(keys, keys), function(k) {
    vapply(docs, function(d) if (is.null(d[[k]])) NA_character_ else as.character(d[[k]]), "")
  }), stringsAsFactors = FALSE)
  df
}
