// A series chart drawn with cairo (SVG or PNG): stacked bars of events per
// quad class over time, and below them the cooperation-minus-conflict index.
#include <cairo-svg.h>
#include <cairo.h>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <cstdio>
#include <string>

#include "dyad/store.h"

namespace dyad {
namespace {

constexpr double kWidth = 1000, kHeight = 620;
constexpr double kLeft = 80, kRight = 30;
constexpr double kLegendY = 58;
constexpr double kBarsTop = 80, kBarsBottom = 380;
constexpr double kIndexTop = 430, kIndexBottom = 560;

struct Rgb {
  double r, g, b;
};
constexpr Rgb kQuadColors[4] = {
    {0.55, 0.80, 0.55},  // verbal cooperation
    {0.13, 0.55, 0.13},  // material cooperation
    {0.98, 0.65, 0.25},  // verbal conflict
    {0.80, 0.10, 0.10},  // material conflict
};
constexpr const char* kQuadNames[4] = {"Verbal cooperation", "Material cooperation",
                                       "Verbal conflict", "Material conflict"};

// A round step for about `ticks` ticks up to `max`.
double NiceStep(double max, int ticks) {
  double raw = std::max(max, 1.0) / ticks;
  double mag = std::pow(10.0, std::floor(std::log10(raw)));
  for (double m : {1.0, 2.0, 5.0, 10.0}) {
    if (m * mag >= raw) return std::max(1.0, m * mag);
  }
  return 10 * mag;
}

void Text(cairo_t* cr, double x, double y, const std::string& s, double align_x = 0, double align_y = 0) {
  cairo_text_extents_t ext;
  cairo_text_extents(cr, s.c_str(), &ext);
  cairo_move_to(cr, x - ext.width * align_x - ext.x_bearing, y - ext.height * align_y - ext.y_bearing);
  cairo_show_text(cr, s.c_str());
}

void Draw(cairo_t* cr, const std::vector<SeriesRow>& rows, const std::string& title) {
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_paint(cr);
  cairo_select_font_face(cr, "sans-serif", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_BOLD);
  cairo_set_font_size(cr, 18);
  cairo_set_source_rgb(cr, 0, 0, 0);
  Text(cr, kWidth / 2, 28, title, 0.5, 0.5);
  cairo_select_font_face(cr, "sans-serif", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size(cr, 12);

  const double plot_w = kWidth - kLeft - kRight;
  const size_t n = std::max<size_t>(rows.size(), 1);
  const double slot = plot_w / static_cast<double>(n);
  int64_t max_total = 0;
  for (const SeriesRow& r : rows) max_total = std::max(max_total, r.total);
  const double step = NiceStep(static_cast<double>(max_total), 5);
  const double top = std::max(step, std::ceil(static_cast<double>(max_total) / step) * step);
  auto ybar = [&](double v) { return kBarsBottom - (kBarsBottom - kBarsTop) * v / top; };

  // Grid and y axis of the bars.
  cairo_set_line_width(cr, 1);
  for (double v = 0; v <= top + 1e-9; v += step) {
    cairo_set_source_rgb(cr, 0.88, 0.88, 0.88);
    cairo_move_to(cr, kLeft, ybar(v));
    cairo_line_to(cr, kLeft + plot_w, ybar(v));
    cairo_stroke(cr);
    cairo_set_source_rgb(cr, 0, 0, 0);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.0f", v);
    Text(cr, kLeft - 6, ybar(v), buf, 1, 0.5);
  }
  cairo_save(cr);
  cairo_translate(cr, 18, (kBarsTop + kBarsBottom) / 2);
  cairo_rotate(cr, -std::numbers::pi / 2);
  Text(cr, 0, 0, "events per period", 0.5, 0.5);
  cairo_restore(cr);

  // Stacked bars.
  for (size_t i = 0; i < rows.size(); ++i) {
    double x = kLeft + slot * static_cast<double>(i) + slot * 0.1;
    double acc = 0;
    for (int q = 0; q < 4; ++q) {
      if (!rows[i].quad[q]) continue;
      double v = static_cast<double>(rows[i].quad[q]);
      cairo_set_source_rgb(cr, kQuadColors[q].r, kQuadColors[q].g, kQuadColors[q].b);
      cairo_rectangle(cr, x, ybar(acc + v), slot * 0.8, ybar(acc) - ybar(acc + v));
      cairo_fill(cr);
      acc += v;
    }
  }
  cairo_set_source_rgb(cr, 0, 0, 0);
  cairo_move_to(cr, kLeft, kBarsTop);
  cairo_line_to(cr, kLeft, kBarsBottom);
  cairo_line_to(cr, kLeft + plot_w, kBarsBottom);
  cairo_stroke(cr);

  // Legend: one row between the title and the bars, so it hides no data.
  double lx = kLeft;
  for (int q = 0; q < 4; ++q) {
    cairo_set_source_rgb(cr, kQuadColors[q].r, kQuadColors[q].g, kQuadColors[q].b);
    cairo_rectangle(cr, lx, kLegendY - 6, 12, 12);
    cairo_fill(cr);
    cairo_set_source_rgb(cr, 0, 0, 0);
    std::string label = std::string("Q") + std::to_string(q + 1) + " " + kQuadNames[q];
    Text(cr, lx + 18, kLegendY, label, 0, 0.5);
    cairo_text_extents_t ext;
    cairo_text_extents(cr, label.c_str(), &ext);
    lx += 18 + ext.width + 28;
  }

  // Index panel: -1 .. 1.
  auto yidx = [&](double v) { return kIndexBottom - (kIndexBottom - kIndexTop) * (v + 1) / 2; };
  for (double v : {-1.0, -0.5, 0.0, 0.5, 1.0}) {
    cairo_set_source_rgb(cr, v == 0 ? 0.55 : 0.88, v == 0 ? 0.55 : 0.88, v == 0 ? 0.55 : 0.88);
    cairo_move_to(cr, kLeft, yidx(v));
    cairo_line_to(cr, kLeft + plot_w, yidx(v));
    cairo_stroke(cr);
    cairo_set_source_rgb(cr, 0, 0, 0);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%+.1f", v);
    Text(cr, kLeft - 6, yidx(v), v == 0 ? "0" : buf, 1, 0.5);
  }
  cairo_save(cr);
  cairo_translate(cr, 18, (kIndexTop + kIndexBottom) / 2);
  cairo_rotate(cr, -std::numbers::pi / 2);
  Text(cr, 0, 0, "coop - conflict", 0.5, 0.5);
  cairo_restore(cr);
  Text(cr, kLeft, kIndexTop - 12,
       "Cooperation minus conflict index: (Q1 + Q2 - Q3 - Q4) / events (periods without events are not drawn)", 0, 0.5);
  cairo_set_source_rgb(cr, 0.1, 0.25, 0.65);
  cairo_set_line_width(cr, 2);
  bool pen = false;
  for (size_t i = 0; i < rows.size(); ++i) {
    double x = kLeft + slot * (static_cast<double>(i) + 0.5);
    if (!rows[i].total) {
      if (pen) cairo_stroke(cr);
      pen = false;
      continue;
    }
    double y = yidx(rows[i].coop_conflict);
    if (pen) cairo_line_to(cr, x, y); else cairo_move_to(cr, x, y);
    pen = true;
  }
  if (pen) cairo_stroke(cr);
  for (size_t i = 0; i < rows.size(); ++i) {
    if (!rows[i].total) continue;
    cairo_arc(cr, kLeft + slot * (static_cast<double>(i) + 0.5), yidx(rows[i].coop_conflict), 2.5, 0, 2 * std::numbers::pi);
    cairo_fill(cr);
  }
  cairo_set_line_width(cr, 1);
  cairo_set_source_rgb(cr, 0, 0, 0);
  cairo_move_to(cr, kLeft, kIndexTop);
  cairo_line_to(cr, kLeft, kIndexBottom);
  cairo_line_to(cr, kLeft + plot_w, kIndexBottom);
  cairo_stroke(cr);

  // Period labels under the index panel, thinned so they do not overlap.
  double label_w = 0;
  for (const SeriesRow& r : rows) {
    cairo_text_extents_t ext;
    cairo_text_extents(cr, r.period.c_str(), &ext);
    label_w = std::max(label_w, ext.width + 12);
  }
  size_t every = std::max<size_t>(1, static_cast<size_t>(std::ceil(label_w / slot)));
  for (size_t i = 0; i < rows.size(); i += every) {
    double x = kLeft + slot * (static_cast<double>(i) + 0.5);
    cairo_move_to(cr, x, kIndexBottom);
    cairo_line_to(cr, x, kIndexBottom + 4);
    cairo_stroke(cr);
    Text(cr, x, kIndexBottom + 14, rows[i].period, 0.5, 0.5);
  }
  Text(cr, kLeft + plot_w / 2, kHeight - 22, "period", 0.5, 0.5);
  if (rows.empty()) Text(cr, kWidth / 2, (kBarsTop + kBarsBottom) / 2, "no events", 0.5, 0.5);
}

}  // namespace

Status PlotSeries(const std::vector<SeriesRow>& rows, const std::string& title, const std::string& path) {
  bool svg = path.ends_with(".svg");
  if (!svg && !path.ends_with(".png")) {
    return Status::InvalidArgument("plot file must end in .svg or .png: " + path);
  }
  cairo_surface_t* surface = svg ? cairo_svg_surface_create(path.c_str(), kWidth, kHeight)
                                 : cairo_image_surface_create(CAIRO_FORMAT_RGB24, static_cast<int>(kWidth),
                                                              static_cast<int>(kHeight));
  if (cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS) {
    cairo_surface_destroy(surface);
    return Status::IoError("cannot write " + path);
  }
  cairo_t* cr = cairo_create(surface);
  Draw(cr, rows, title);
  cairo_destroy(cr);
  cairo_status_t st = CAIRO_STATUS_SUCCESS;
  if (svg) {
    cairo_surface_finish(surface);
    st = cairo_surface_status(surface);
  } else {
    st = cairo_surface_write_to_png(surface, path.c_str());
  }
  cairo_surface_destroy(surface);
  if (st != CAIRO_STATUS_SUCCESS) return Status::IoError("cannot write " + path + ": " + cairo_status_to_string(st));
  return Status::Ok();
}

}  // namespace dyad
