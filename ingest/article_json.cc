#include "ingest/internal/article_json.h"

#include <cstdint>
#include <cstring>

#include "ingest/internal/json_scan.h"

namespace sg::ingest::internal {
namespace {

constexpr int kMaxDepth = 64;  // deeper values are left to the general parser

class Reader {
 public:
  explicit Reader(std::string_view s) : p_(s.data()), end_(s.data() + s.size()) {}

  bool Parse(ArticleFields* out) {
    SkipSpace();
    if (!Consume('{')) return false;
    SkipSpace();
    if (Consume('}')) return AtEnd();
    while (true) {
      std::string_view key;
      if (!RawKey(&key)) return false;
      SkipSpace();
      if (!Consume(':')) return false;
      SkipSpace();
      int field = FieldOf(key);
      if (field >= 0) {
        if (p_ < end_ && *p_ == '"') {
          if (!String(&out->value[field])) return false;
          out->present[field] = true;
        } else if (Literal("null")) {
          out->present[field] = false;
        } else {
          return false;  // another type: the general parser decides (numeric ids, errors)
        }
      } else if (!SkipValue()) {
        return false;
      }
      SkipSpace();
      if (Consume(',')) {
        SkipSpace();
        continue;
      }
      if (Consume('}')) return AtEnd();
      return false;
    }
  }

 private:
  static int FieldOf(std::string_view key) {
    for (size_t i = 0; i < kArticleFieldNames.size(); ++i) {
      if (kArticleFieldNames[i] == key) return static_cast<int>(i);
    }
    return -1;
  }

  bool AtEnd() {
    SkipSpace();
    return p_ == end_;
  }
  void SkipSpace() {
    while (p_ < end_ && (*p_ == ' ' || *p_ == '\t' || *p_ == '\n' || *p_ == '\r')) ++p_;
  }
  bool Consume(char c) {
    if (p_ < end_ && *p_ == c) {
      ++p_;
      return true;
    }
    return false;
  }
  bool Literal(std::string_view word) {
    if (static_cast<size_t>(end_ - p_) < word.size() ||
        std::memcmp(p_, word.data(), word.size()) != 0) {
      return false;
    }
    p_ += word.size();
    return true;
  }

  // A key without escapes (escaped keys are left to the general parser).
  bool RawKey(std::string_view* key) {
    if (!Consume('"')) return false;
    const char* start = p_;
    while (p_ < end_ && *p_ != '"') {
      unsigned char c = static_cast<unsigned char>(*p_);
      if (c == '\\' || c < 0x20) return false;
      ++p_;
    }
    if (p_ == end_) return false;
    *key = std::string_view(start, static_cast<size_t>(p_ - start));
    ++p_;
    return true;
  }

  static int Hex(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  }
  bool Hex4(uint32_t* v) {
    if (end_ - p_ < 4) return false;
    uint32_t r = 0;
    for (int i = 0; i < 4; ++i) {
      int h = Hex(p_[i]);
      if (h < 0) return false;
      r = (r << 4) | static_cast<uint32_t>(h);
    }
    p_ += 4;
    *v = r;
    return true;
  }
  static void AppendUtf8(uint32_t cp, std::string* out) {
    if (cp < 0x80) {
      out->push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
      out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
      out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
      out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
      out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
      out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
      out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
      out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
  }

  // A string value, decoded into *out (nullptr: validated and skipped).
  bool String(std::string* out) {
    ++p_;  // the opening quote
    if (out) out->clear();
    while (true) {
      // A run of plain bytes, copied whole.
      const char* run = p_;
      p_ += FindJsonSpecial(std::string_view(p_, static_cast<size_t>(end_ - p_)), 0, false);
      if (out) out->append(run, static_cast<size_t>(p_ - run));
      if (p_ == end_) return false;
      char c = *p_++;
      if (c == '"') return true;
      if (c != '\\' || p_ == end_) return false;  // a raw control character, or a lone '\'
      char e = *p_++;
      char plain = 0;
      switch (e) {
        case '"':
          plain = '"';
          break;
        case '\\':
          plain = '\\';
          break;
        case '/':
          plain = '/';
          break;
        case 'b':
          plain = '\b';
          break;
        case 'f':
          plain = '\f';
          break;
        case 'n':
          plain = '\n';
          break;
        case 'r':
          plain = '\r';
          break;
        case 't':
          plain = '\t';
          break;
        case 'u': {
          uint32_t cp;
          if (!Hex4(&cp)) return false;
          if (cp >= 0xDC00 && cp <= 0xDFFF) return false;  // a lone low surrogate
          if (cp >= 0xD800 && cp <= 0xDBFF) {
            uint32_t low;
            if (end_ - p_ < 2 || p_[0] != '\\' || p_[1] != 'u') return false;
            p_ += 2;
            if (!Hex4(&low) || low < 0xDC00 || low > 0xDFFF) return false;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          }
          if (out) AppendUtf8(cp, out);
          continue;
        }
        default:
          return false;
      }
      if (out) out->push_back(plain);
    }
  }

  // A number of the JSON grammar without exponent and of at most 18 characters (longer ones
  // or exponents may overflow, which the general parser reports).
  bool Number() {
    const char* start = p_;
    Consume('-');
    if (p_ == end_) return false;
    if (*p_ == '0') {
      ++p_;
    } else if (*p_ >= '1' && *p_ <= '9') {
      while (p_ < end_ && *p_ >= '0' && *p_ <= '9') ++p_;
    } else {
      return false;
    }
    if (Consume('.')) {
      if (p_ == end_ || !(*p_ >= '0' && *p_ <= '9')) return false;
      while (p_ < end_ && *p_ >= '0' && *p_ <= '9') ++p_;
    }
    if (p_ < end_ && (*p_ == 'e' || *p_ == 'E')) return false;
    return p_ - start <= 18;
  }

  // Validates and skips one value of any type.
  bool SkipValue(int depth = 0) {
    if (p_ == end_) return false;
    switch (*p_) {
      case '"':
        return String(nullptr);
      case 't':
        return Literal("true");
      case 'f':
        return Literal("false");
      case 'n':
        return Literal("null");
      case '[':
      case '{': {
        if (depth >= kMaxDepth) return false;
        bool object = *p_ == '{';
        char close = object ? '}' : ']';
        ++p_;
        SkipSpace();
        if (Consume(close)) return true;
        while (true) {
          if (object) {
            if (p_ == end_ || *p_ != '"' || !String(nullptr)) return false;
            SkipSpace();
            if (!Consume(':')) return false;
            SkipSpace();
          }
          if (!SkipValue(depth + 1)) return false;
          SkipSpace();
          if (Consume(',')) {
            SkipSpace();
            continue;
          }
          return Consume(close);
        }
      }
      default:
        return Number();
    }
  }

  const char* p_;
  const char* end_;
};

}  // namespace

bool ParseArticleFields(std::string_view line, ArticleFields* out) {
  return Reader(line).Parse(out);
}

}  // namespace sg::ingest::internal
