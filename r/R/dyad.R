# The R face of dyad: coding news text into CAMEO events and querying an
# event store. Everything is done by the dyad library (src/dyad_r.cc calls
# it); this file only turns R values into its inputs, its messages into R
# conditions, and date columns into R dates.

# The data folder of the installed package (patterns, actors, codebook,
# gazetteer), unless DYAD_DATA or the caller names another.
data_folder <- function(data_dir) {
  if (!is.null(data_dir)) return(normalizePath(data_dir, mustWork = FALSE))
  env <- Sys.getenv("DYAD_DATA")
  if (nzchar(env)) return(env)
  system.file("share", "dyad", package = "dyad")
}

# A column of documents as UTF-8 strings, NA where absent; dates and times
# as the JSON Lines reader takes them, whole numbers without exponents.
as_field <- function(x, name) {
  if (is.null(x)) return(NULL)
  if (is.list(x)) stop(sprintf("dyad: the %s column is a list, not a vector of strings", name), call. = FALSE)
  out <- rep(NA_character_, length(x))
  ok <- !is.na(x)
  if (inherits(x, "Date")) {
    out[ok] <- format(x[ok], "%Y-%m-%d")
  } else if (inherits(x, "POSIXt")) {
    out[ok] <- format(x[ok], "%Y-%m-%dT%H:%M:%SZ", tz = "UTC")
  } else if (is.numeric(x)) {
    whole <- ok & is.finite(x) & x == round(x)
    out[whole] <- sprintf("%.0f", x[whole])
    out[ok & !whole] <- as.character(x[ok & !whole])
  } else {
    out[ok] <- enc2utf8(as.character(x[ok]))
  }
  out
}

# Dates and times of the library's strings as R types.
typed <- function(events) {
  if ("date" %in% names(events)) events$date <- as.Date(events$date)
  if ("date_added" %in% names(events)) {
    events$date_added <- as.POSIXct(events$date_added, format = "%Y%m%d%H%M%S", tz = "UTC")
  }
  events
}

# Runs the library on documents given as JSON Lines fields; reports what the
# library said about them (`fatal`: a rejected document is an error).
code_fields <- function(fields, mapping, data_dir, dedupe, english_only, threads, fatal) {
  threads <- as.integer(threads)
  if (length(threads) != 1 || is.na(threads) || threads < 0) {
    stop("dyad: threads must be a whole number (0: one per core)", call. = FALSE)
  }
  r <- .Call(dyad_code_documents, fields, mapping, data_folder(data_dir), isTRUE(dedupe),
             isTRUE(english_only), threads)
  rejected <- grepl("(rejected)", r$problems, fixed = TRUE)
  if (fatal && any(rejected)) stop(paste0("dyad: ", r$problems[rejected], collapse = "\n"), call. = FALSE)
  for (p in r$problems) warning("dyad: ", p, call. = FALSE)
  events <- typed(r$events)
  # The run's account ("dyad: 3 documents read, 2 coded, ..."); the lines
  # naming problems after it are the warnings above.
  attr(events, "summary") <- sub("\n.*", "", r$summary)
  events
}

#' Codes text into CAMEO events.
#'
#' Each element of `text` is one document (with the title, date, URL and id
#' at the same place in the other arguments, or none). Returns a data.frame
#' with one row per event: the keys of `dyad code`'s JSON Lines, nested ones
#' flattened with "_" (action_geo_name, evidence_sentence) and each span
#' [begin, end) in code points as two columns (evidence_source_begin,
#' evidence_source_end). Codes are strings ("0356"); `date` is a Date.
#' A document the library cannot take is an error when it is the only one,
#' else a warning naming it, and the others are coded.
dyad_code <- function(text, title = NULL, date = NULL, url = NULL, id = NULL, data_dir = NULL) {
  if (!is.character(text) && !is.factor(text)) stop("dyad: text must be a character vector", call. = FALSE)
  n <- length(text)
  fields <- list(text = as_field(text, "text"), title = as_field(title, "title"), date = as_field(date, "date"),
                 url = as_field(url, "url"), id = as_field(id, "id"))
  fields <- fields[!vapply(fields, is.null, logical(1))]
  for (k in names(fields)) {
    if (length(fields[[k]]) == 1 && n > 1) fields[[k]] <- rep(fields[[k]], n)
    if (length(fields[[k]]) != n) {
      stop(sprintf("dyad: %s has %d values for %d texts", k, length(fields[[k]]), n), call. = FALSE)
    }
  }
  code_fields(fields, character(0), data_dir, dedupe = TRUE, english_only = TRUE, threads = 1, fatal = n == 1)
}

#' Codes the documents of a data.frame, one per row.
#'
#' Columns text (required), title, date, url and id, by these names or by
#' `fields`, as `dyad code --field` maps them: fields = c(text = "body",
#' date = "published") takes the text from the column "body". A row the
#' library cannot take gives a warning naming it ("document 3: ..."), and
#' the others are coded. `dedupe` and `english_only` are the filters of
#' `dyad code` (on by default, as there); `threads` codes on that many
#' threads (0: one per core). Returns what dyad_code returns.
dyad_code_df <- function(df, fields = NULL, data_dir = NULL, dedupe = TRUE, english_only = TRUE, threads = 1) {
  if (!is.data.frame(df)) stop("dyad: df must be a data.frame", call. = FALSE)
  targets <- c("id", "text", "title", "url", "date")
  if (length(fields) && (is.null(names(fields)) || !all(names(fields) %in% targets))) {
    stop("dyad: fields maps dyad's names (id, text, title, url, date) to columns: c(text = \"body\")", call. = FALSE)
  }
  mapping <- vapply(targets, function(t) if (t %in% names(fields)) as.character(fields[[t]]) else t, "")
  if (!mapping[["text"]] %in% names(df)) {
    stop(sprintf("dyad: the data.frame has no column \"%s\" for the text", mapping[["text"]]), call. = FALSE)
  }
  cols <- mapping[mapping %in% names(df)]
  values <- lapply(seq_along(cols), function(i) as_field(df[[cols[[i]]]], cols[[i]]))
  names(values) <- unname(cols)
  renamed <- mapping[mapping != names(mapping)]
  code_fields(values, renamed, data_dir, dedupe, english_only, threads, fatal = FALSE)
}

#' Stored events that match filters, in date order, as `dyad query` selects
#' them: one row per event with the columns of `dyad query --format csv`
#' (date a Date, date_added a UTC time).
#'
#' `store` is a SQLite file or a postgresql:// URI. Actor filters are code
#' prefixes; `dyad` is two actors (c("CHN", "RUS") or "CHN,RUS"), both
#' directions unless `directed`; `code` is exact or a prefix ending in "*";
#' `near` is c(lat, lon, km); `from` and `to` are days (strings or Dates).
dyad_query <- function(store, source = NULL, target = NULL, dyad = NULL, directed = FALSE, code = NULL,
                       root = NULL, quad = NULL, actor_type = NULL, country = NULL, near = NULL, from = NULL,
                       to = NULL, limit = NULL) {
  if (!is.character(store) || length(store) != 1 || is.na(store)) {
    stop("dyad: store must be one path or postgresql:// URI", call. = FALSE)
  }
  f <- list()
  one <- function(name, v) {
    if (is.null(v)) return()
    if (length(v) != 1 || is.na(v)) stop(sprintf("dyad: %s takes one value", name), call. = FALSE)
    f[[name]] <<- as_field(v, name)
  }
  one("source", source)
  one("target", target)
  one("code", code)
  one("root", root)
  one("actor_type", actor_type)
  one("country", country)
  one("from", from)
  one("to", to)
  if (!is.null(dyad)) {
    if (length(dyad) == 1) dyad <- strsplit(dyad, ",", fixed = TRUE)[[1]]
    if (length(dyad) != 2 || any(is.na(dyad) | !nzchar(dyad))) {
      stop(sprintf("dyad: dyad takes two actor codes: A,B (e.g. CHN,RUS), not \"%s\"",
                   paste(dyad, collapse = ",")), call. = FALSE)
    }
    f$dyad_a <- dyad[[1]]
    f$dyad_b <- dyad[[2]]
  }
  f$directed <- isTRUE(directed)
  if (!is.null(quad)) {
    if (length(quad) != 1 || is.na(quad) || !quad %in% 1:4) {
      stop("dyad: quad is a quad class, 1 to 4", call. = FALSE)
    }
    f$quad <- as.integer(quad)
  }
  if (!is.null(near)) {
    near <- suppressWarnings(as.numeric(near))
    if (length(near) != 3 || anyNA(near) || near[1] < -90 || near[1] > 90 || near[2] < -180 || near[2] > 180 ||
        near[3] <= 0) {
      stop("dyad: near takes c(LAT, LON, KM) (e.g. c(50.45, 30.52, 100))", call. = FALSE)
    }
    f$near <- near
  }
  if (!is.null(limit)) {
    if (length(limit) != 1 || is.na(limit) || limit < 0) stop("dyad: limit is a number of events", call. = FALSE)
    f$limit <- as.numeric(limit)
  }
  typed(.Call(dyad_query_store, store, f))
}
