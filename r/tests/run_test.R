# Runs one testthat file against the installed package; ctest runs one per
# file (r_code, r_errors, ...). Prints the counts and every skip's reason;
# exits 1 when an expectation failed or a test errored, 77 (ctest: skipped)
# when every test skipped, else 0.
#
#   R_LIBS=build/rlib DYAD_CLI=build/dyad Rscript r/tests/run_test.R r/tests/testthat/test-code.R
args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 1) {
  cat("usage: Rscript run_test.R TEST_FILE\n")
  quit(status = 2)
}
if (!requireNamespace("testthat", quietly = TRUE)) {
  cat("r-cran-testthat is not installed (scripts/deps.sh test installs it): R tests skipped\n")
  quit(status = 77)
}
suppressPackageStartupMessages(library(testthat))
library(dyad)
results <- testthat::test_file(args[[1]], reporter = "summary", stop_on_failure = FALSE)
df <- as.data.frame(results)
reasons <- unlist(lapply(results, function(t) {
  vapply(Filter(function(r) inherits(r, "expectation_skip"), t$results), conditionMessage, "")
}))
failed <- sum(df$failed > 0 | df$error)
skipped <- sum(df$skipped)
cat(sprintf("\nR tests (%s): %d tests, %d expectations, %d failed, %d skipped\n", basename(args[[1]]), nrow(df),
            sum(df$nb), failed, skipped))
if (failed > 0) quit(status = 1)
if (nrow(df) > 0 && skipped == nrow(df)) {
  cat(paste0(unique(sub("^Reason: ", "", reasons)), collapse = "; "), "\n")
  quit(status = 77)
}
quit(status = 0)
