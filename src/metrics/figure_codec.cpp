#include "metrics/figure_codec.h"

#include <cstdint>
#include <cstring>

namespace hc::metrics {
namespace {

// HCF2: figures carry their base (Figure::base); HCF1 bytes, without it,
// are refused and computed again.
constexpr std::string_view kMagic = "HCF2";

// FNV-1a over the metric ids in catalogue order: changes whenever a metric
// is added, removed, renamed or moved.
uint64_t catalogueFingerprint() {
  static const uint64_t fingerprint = [] {
    uint64_t h = 1469598103934665603ull;
    for (const MetricInfo& m : catalogue()) {
      for (char c : m.id) h = (h ^ uint8_t(c)) * 1099511628211ull;
      h = (h ^ uint8_t(';')) * 1099511628211ull;
    }
    return h;
  }();
  return fingerprint;
}

// Little-endian integers, and doubles as their bit patterns.
void putU64(std::string& out, uint64_t v) {
  char bytes[8];
  for (int i = 0; i < 8; ++i) bytes[i] = char(uint8_t(v >> (8 * i)));
  out.append(bytes, 8);
}

// Counts as LEB128 varints: most are below 128, one byte.
void putVarint(std::string& out, uint64_t v) {
  while (v >= 0x80) {
    out.push_back(char(uint8_t(v) | 0x80));
    v >>= 7;
  }
  out.push_back(char(uint8_t(v)));
}

double asDouble(uint64_t bits) {
  double v;
  std::memcpy(&v, &bits, sizeof v);
  return v;
}

class Reader {
 public:
  explicit Reader(std::string_view bytes) : bytes_(bytes) {}
  bool u8(uint8_t& v) {
    if (pos_ + 1 > bytes_.size()) return false;
    v = uint8_t(bytes_[pos_++]);
    return true;
  }
  bool u64(uint64_t& v) {
    if (pos_ + 8 > bytes_.size()) return false;
    uint8_t b[8];
    std::memcpy(b, bytes_.data() + pos_, 8);
    v = 0;
    for (int i = 0; i < 8; ++i) v |= uint64_t(b[i]) << (8 * i);
    pos_ += 8;
    return true;
  }
  bool varint(uint64_t& v) {
    v = 0;
    for (int shift = 0; shift < 64 && pos_ < bytes_.size(); shift += 7) {
      const uint8_t b = uint8_t(bytes_[pos_++]);
      v |= uint64_t(b & 0x7f) << shift;
      if (!(b & 0x80)) return true;
    }
    return false;
  }
  bool text(std::string_view& v, size_t size) {
    if (pos_ + size > bytes_.size()) return false;
    v = bytes_.substr(pos_, size);
    pos_ += size;
    return true;
  }
  bool atEnd() const { return pos_ == bytes_.size(); }

 private:
  std::string_view bytes_;
  size_t pos_ = 0;
};

enum Flags : uint8_t { kCovered = 1, kHasData = 2, kHasTable = 4 };
// Each figure starts with a byte saying what follows: its value (8 bytes),
// its n (a varint), its base (8 bytes); a figure with none is that one byte.
enum FigureFlags : uint8_t { kHasValue = 1, kHasN = 2, kHasBase = 4 };

void putDouble(std::string& out, double v) {
  uint64_t bits;
  std::memcpy(&bits, &v, sizeof bits);
  putU64(out, bits);
}

}  // namespace

std::string encodeFigures(const PeriodFigures& f) {
  std::string out(kMagic);
  putU64(out, catalogueFingerprint());
  out.push_back(char(uint8_t(f.period.label.size())));
  out += f.period.label;
  out.push_back(char((f.covered ? kCovered : 0) | (f.has_data ? kHasData : 0) | (f.table ? kHasTable : 0)));
  if (!f.table) return out;
  const FigureTable& t = *f.table;
  putU64(out, uint64_t(t.scopeCount()));
  out.reserve(out.size() + size_t(t.scopeCount()) * kMetricCount * 10);
  for (int s = 0; s < t.scopeCount(); ++s)
    for (int m = 0; m < kMetricCount; ++m) {
      const Figure& fig = t.at(s, Metric(m));
      out.push_back(char((fig.value ? kHasValue : 0) | (fig.n != 0 ? kHasN : 0) | (fig.base ? kHasBase : 0)));
      if (fig.value) putDouble(out, *fig.value);
      if (fig.n != 0) putVarint(out, uint64_t(fig.n));
      if (fig.base) putDouble(out, *fig.base);
    }
  return out;
}

std::optional<PeriodFigures> decodeFigures(std::string_view bytes) {
  Reader in(bytes);
  std::string_view magic, label;
  uint64_t fingerprint = 0;
  uint8_t label_size = 0, flags = 0;
  if (!in.text(magic, kMagic.size()) || magic != kMagic || !in.u64(fingerprint) ||
      fingerprint != catalogueFingerprint() || !in.u8(label_size) || !in.text(label, label_size) || !in.u8(flags))
    return std::nullopt;
  const std::optional<Period> period = Period::parse(label);
  if (!period) return std::nullopt;
  PeriodFigures f;
  f.period = *period;
  f.covered = flags & kCovered;
  f.has_data = flags & kHasData;
  if (flags & kHasTable) {
    uint64_t scopes = 0;
    // Each figure takes at least a byte: a count beyond that is corrupt.
    if (!in.u64(scopes) || scopes > bytes.size() / kMetricCount) return std::nullopt;
    FigureTable t{int(scopes)};
    for (int s = 0; s < int(scopes); ++s)
      for (int m = 0; m < kMetricCount; ++m) {
        uint8_t flags = 0;
        uint64_t bits = 0, n = 0;
        if (!in.u8(flags) || (flags & ~(kHasValue | kHasN | kHasBase))) return std::nullopt;
        Figure& fig = t.at(s, Metric(m));
        if (flags & kHasValue) {
          if (!in.u64(bits)) return std::nullopt;
          fig.value = asDouble(bits);
        }
        if (flags & kHasN) {
          if (!in.varint(n)) return std::nullopt;
          fig.n = int64_t(n);
        }
        if (flags & kHasBase) {
          if (!in.u64(bits)) return std::nullopt;
          fig.base = asDouble(bits);
        }
      }
    f.table = std::move(t);
  }
  if (!in.atEnd()) return std::nullopt;
  return f;
}

}  // namespace hc::metrics
