#include "ingest/text.h"

#include <algorithm>
#include <array>
#include <unordered_set>

#include "ingest/internal/word_set.h"
#include "ingest/utf8.h"

namespace sg::ingest {
namespace {

bool IsSpaceCp(char32_t c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f' || c == 0xA0 ||
         (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

// Letters and digits of any script, as far as a news scanner needs to know.
bool IsWordCp(char32_t c) {
  if (c < 0x80) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
  if (c == 0xD7 || c == 0xF7 || c == 0xFFFD) return false;
  if (c < 0xC0) return c == 0xAA || c == 0xB5 || c == 0xBA;
  if (c >= 0x2000 && c <= 0x2BFF) return false;  // punctuation, symbols, arrows
  if (c >= 0x3000 && c <= 0x303F) return false;
  if (c >= 0xFE30 && c <= 0xFE4F) return false;
  return true;
}

bool IsUpperCp(char32_t c) {
  return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7) ||
         (c >= 0x100 && c <= 0x17F && c % 2 == 0) || (c >= 0x410 && c <= 0x42F);
}

bool IsApostrophe(char32_t c) { return c == '\'' || c == 0x2019; }
bool IsHyphen(char32_t c) { return c == '-' || c == 0x2010 || c == 0x2011; }

// Classes of ASCII bytes, so that the scanner decodes UTF-8 only for other bytes.
enum : uint8_t { kAsciiWord = 1, kAsciiSpace = 2, kAsciiUpper = 4, kAsciiDigit = 8 };

constexpr std::array<uint8_t, 256> MakeAsciiClasses() {
  std::array<uint8_t, 256> t{};
  for (int c = '0'; c <= '9'; ++c) t[c] = kAsciiWord | kAsciiDigit;
  for (int c = 'a'; c <= 'z'; ++c) t[c] = kAsciiWord;
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = kAsciiWord | kAsciiUpper;
  for (char c : {' ', '\t', '\r', '\n', '\v', '\f'}) t[static_cast<unsigned char>(c)] = kAsciiSpace;
  return t;
}
constexpr std::array<uint8_t, 256> kAsciiClasses = MakeAsciiClasses();

// Abbreviations that may end a sentence ("... in the U.S. The ..."): split there only when a
// typical sentence opener follows.
const internal::WordSet& CanEndAbbreviations() {
  static const internal::WordSet k = {"inc", "corp", "co",  "ltd", "jr",
                                      "sr",  "etc",  "llc", "plc", "bros"};
  return k;
}

// Capitalised words that typically open a sentence; after "U.S." or "a.m." they mean a split.
const internal::WordSet& SentenceOpeners() {
  static const internal::WordSet k = {
      "the",   "a",      "an",      "this",      "that",      "these", "those", "it",
      "he",    "she",    "they",    "we",        "i",         "but",   "and",   "in",
      "on",    "at",     "as",      "after",     "before",    "his",   "her",   "their",
      "its",   "our",    "there",   "however",   "meanwhile", "still", "while", "when",
      "if",    "since",  "some",    "many",      "both",      "other", "last",  "earlier",
      "later", "during", "despite", "according", "for",       "so",    "yet",   "also",
      "one",   "two",    "then",    "what",      "why",       "how",   "who"};
  return k;
}

// Writes the lower-cased form of `s` to `out` (ASCII letters lowered, curly single quotes
// straightened, other bytes copied); returns its length (at most s.size()).
size_t LowerTo(std::string_view s, char* out) {
  size_t n = 0;
  for (size_t i = 0; i < s.size();) {
    unsigned char b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      out[n++] = static_cast<char>(b >= 'A' && b <= 'Z' ? b - 'A' + 'a' : b);
      ++i;
      continue;
    }
    size_t len;
    char32_t c = DecodeAt(s, i, &len);
    if (c == 0x2019 || c == 0x2018) {
      out[n++] = '\'';
    } else {
      for (size_t k = 0; k < len; ++k) out[n++] = s[i + k];
    }
    i += len;
  }
  return n;
}

// True when LowerTo would change `s`: an ASCII capital or a curly single quote (U+2018/9).
bool NeedsLowering(std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      if (kAsciiClasses[b] & kAsciiUpper) return true;
    } else if (b == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
               (static_cast<unsigned char>(s[i + 2]) == 0x98 ||
                static_cast<unsigned char>(s[i + 2]) == 0x99)) {
      return true;
    }
  }
  return false;
}

class Scanner {
 public:
  // `buffer` holds at least 2 * text.size() bytes: lower-cased copies and keys go there.
  Scanner(std::string_view text, char* buffer) : text_(text), buf_(buffer) {}

  std::vector<Token> Run() {
    std::vector<Token> tokens;
    tokens.reserve(text_.size() / 5 + 16);
    size_t pos = 0;
    bool space = false;
    int newlines = 0;
    while (pos < text_.size()) {
      unsigned char b = static_cast<unsigned char>(text_[pos]);
      size_t len = 1;
      char32_t c = b;
      if (b < 0x80) {
        if (kAsciiClasses[b] & kAsciiSpace) {
          if (b == '\n') ++newlines;
          space = true;
          ++pos;
          continue;
        }
      } else {
        c = DecodeAt(text_, pos, &len);
        if (IsSpaceCp(c)) {
          space = true;
          pos += len;
          continue;
        }
      }
      Token& t = tokens.emplace_back();
      t.begin = static_cast<uint32_t>(pos);
      t.space_before = space || pos == 0;
      t.newlines_before = newlines;
      space = false;
      newlines = 0;
      bool lower_set = false, needs_lowering = true, period = true;
      if ((b < 0x80 ? (kAsciiClasses[b] & kAsciiWord) != 0 : IsWordCp(c)) ||
          ((c == '#' || c == '@') && NextIsWord(pos + len))) {
        pos = ScanWord(pos, &t, &needs_lowering, &period);
      } else {
        pos = ScanPunct(pos, c, len, tokens.size() > 1 && !t.space_before, &t);
        lower_set = !t.lower.empty();
      }
      t.end = static_cast<uint32_t>(pos);
      std::string_view text = text_.substr(t.begin, t.end - t.begin);
      if (!lower_set) t.lower = needs_lowering ? Lowered(text) : text;
      t.key = t.lower;
      if (period && t.key.size() > 1 && t.key.find('.') != std::string_view::npos) {
        char* out = buf_ + used_;
        size_t n = 0;
        for (char ch : t.lower) {
          if (ch != '.') out[n++] = ch;
        }
        if (n > 0) {
          t.key = std::string_view(out, n);
          used_ += n;
        }
      }
    }
    return tokens;
  }

 private:
  // `s` lower-cased: `s` itself when already so, else a copy in the buffer.
  std::string_view Lowered(std::string_view s) {
    if (!NeedsLowering(s)) return s;
    char* out = buf_ + used_;
    size_t n = LowerTo(s, out);
    used_ += n;
    return std::string_view(out, n);
  }

  bool NextIsWord(size_t pos) const {
    if (pos >= text_.size()) return false;
    size_t len;
    return IsWordCp(DecodeAt(text_, pos, &len));
  }
  char32_t At(size_t pos, size_t* len) const {
    if (pos >= text_.size()) {
      *len = 0;
      return 0;
    }
    unsigned char b = static_cast<unsigned char>(text_[pos]);
    if (b < 0x80) {
      *len = 1;
      return b;
    }
    return DecodeAt(text_, pos, len);
  }

  // Scans a word or number from `pos`; returns its end. Sets *needs_lowering when its text
  // differs from its lower-case form and *period when it holds a period.
  size_t ScanWord(size_t pos, Token* t, bool* needs_lowering, bool* period) {
    size_t start = pos;
    size_t len;
    char32_t first = At(pos, &len);
    if (first == '#' || first == '@') pos += len;
    bool digits_only = true;
    bool non_ascii = false;
    size_t letters = 0, uppers = 0;  // ASCII letters
    size_t segment_letters = 0;      // letters since the last period
    *period = false;
    const size_t size = text_.size();
    while (pos < size) {
      // Runs of ASCII letters and digits.
      unsigned char b = static_cast<unsigned char>(text_[pos]);
      uint8_t cls = kAsciiClasses[b];
      if (cls & kAsciiWord) {
        if (!(cls & kAsciiDigit)) {
          digits_only = false;
          ++letters;
          if (cls & kAsciiUpper) ++uppers;
        }
        ++segment_letters;
        ++pos;
        continue;
      }
      char32_t c = At(pos, &len);
      if (b >= 0x80) non_ascii = true;
      if (b >= 0x80 && IsWordCp(c)) {
        digits_only = false;
        ++segment_letters;
        pos += len;
        continue;
      }
      size_t len2;
      char32_t next = At(pos + len, &len2);
      bool next_word = len2 > 0 && IsWordCp(next);
      if (IsApostrophe(c) && next_word) {
        // "'s" followed by a non-letter is the possessive (or "is"): its own token.
        size_t len3;
        char32_t after = At(pos + len + len2, &len3);
        if ((next == 's' || next == 'S') && (len3 == 0 || !IsWordCp(after))) break;
        pos += len;
        continue;
      }
      if (IsHyphen(c) && next_word) {
        pos += len;
        segment_letters = 0;
        continue;
      }
      bool next_digit = next >= '0' && next <= '9';
      if (digits_only && next_digit && (c == '.' || c == ',' || c == '/' || c == ':')) {
        *period = *period || c == '.';
        pos += len;
        continue;
      }
      if (c == '.' && next_word && !next_digit && segment_letters <= 2 && !digits_only) {
        *period = true;
        pos += len;  // U.S., a.m., D.C.
        segment_letters = 0;
        continue;
      }
      break;
    }
    std::string_view word = text_.substr(start, pos - start);
    t->kind = digits_only ? TokenKind::kNumber : TokenKind::kWord;
    size_t l0;
    char32_t c0 = At(start, &l0);
    if ((c0 == '#' || c0 == '@') && start + l0 < text_.size()) c0 = At(start + l0, &l0);
    t->cap = IsUpperCp(c0);
    t->all_caps = letters >= 2 && uppers == letters;
    *needs_lowering = uppers > 0 || (non_ascii && NeedsLowering(word));
    // An attached period: abbreviations with inner periods, initials, titles.
    if (pos < text_.size() && text_[pos] == '.' && !digits_only) {
      bool inner_period = *period;
      bool initial = word.size() == 1 && t->cap;
      bool known = false;
      if (!inner_period && !initial && word.size() <= 16) {
        char lower[16];
        std::string_view w(lower, LowerTo(word, lower));
        known = IsTitleAbbreviation(w) || CanEndAbbreviations().count(w);
      }
      if (inner_period || initial || known) {
        ++pos;
        t->abbrev = true;
        *period = true;
      }
    }
    return pos;
  }

  size_t ScanPunct(size_t pos, char32_t c, size_t len, bool attached, Token* t) {
    t->kind = TokenKind::kPunct;
    switch (c) {
      case 0x201C:
      case 0x201E:
      case 0xAB:
        t->kind = TokenKind::kOpenQuote;
        t->lower = "\"";
        return pos + len;
      case 0x201D:
      case 0xBB:
        t->kind = TokenKind::kCloseQuote;
        t->lower = "\"";
        return pos + len;
      case '"':
        // Resolved by the quote pass; provisional kind from the context.
        t->kind = attached ? TokenKind::kCloseQuote : TokenKind::kOpenQuote;
        t->lower = "\"";
        return pos + len;
      case 0x2013:
      case 0x2014:
      case 0x2212:
        t->lower = "--";
        return pos + len;
      case 0x2026:
        t->lower = "...";
        return pos + len;
      default:
        break;
    }
    if (IsApostrophe(c) || c == 0x2018) {
      size_t l2, l3;
      char32_t s = At(pos + len, &l2);
      char32_t after = At(pos + len + l2, &l3);
      if (attached && (s == 's' || s == 'S') && (l3 == 0 || !IsWordCp(after))) {
        t->kind = TokenKind::kWord;
        t->lower = "'s";
        return pos + len + l2;
      }
      t->lower = "'";
      return pos + len;
    }
    if (c == '.' && text_.compare(pos, 3, "...") == 0) {
      t->lower = "...";
      return pos + 3;
    }
    return pos + len;
  }

  std::string_view text_;
  char* buf_;
  size_t used_ = 0;
};

bool IsTerminal(const Token& t) {
  return t.kind == TokenKind::kPunct &&
         (t.lower == "." || t.lower == "!" || t.lower == "?" || t.lower == "...");
}

// Pairs quotation marks within each paragraph (tokens [first, last)).
void PairQuotes(Document* doc, uint32_t first, uint32_t last, int paragraph) {
  auto& toks = doc->tokens;
  int open = -1;
  auto close_at = [&](uint32_t close, bool closed) {
    Quote q;
    q.open = static_cast<uint32_t>(open);
    q.close = close;
    q.closed = closed;
    q.continues = !closed;
    q.paragraph = paragraph;
    int idx = static_cast<int>(doc->quotes.size());
    uint32_t end = closed ? close + 1 : close;
    for (uint32_t i = q.open; i < end && i < toks.size(); ++i) toks[i].quote = idx;
    doc->quotes.push_back(q);
    open = -1;
  };
  for (uint32_t i = first; i < last; ++i) {
    Token& t = toks[i];
    if (t.kind != TokenKind::kOpenQuote && t.kind != TokenKind::kCloseQuote) continue;
    bool straight = doc->text[t.begin] == '"';
    bool space_after = i + 1 >= last || toks[i + 1].space_before;
    if (open < 0) {
      // A closing glyph with nothing open: an opening mark if a word follows directly.
      if (t.kind == TokenKind::kCloseQuote && (space_after || !t.space_before) && !straight) {
        t.kind = TokenKind::kPunct;  // stray mark
        continue;
      }
      t.kind = TokenKind::kOpenQuote;
      open = static_cast<int>(i);
    } else {
      if (t.kind == TokenKind::kOpenQuote && !straight && t.space_before && !space_after) {
        // A new opening mark while one is open: the first one was never closed.
        close_at(i, false);
        doc->quotes.back().continues = false;
        open = static_cast<int>(i);
        continue;
      }
      t.kind = TokenKind::kCloseQuote;
      close_at(i, true);
    }
  }
  if (open >= 0) close_at(last, false);
}

}  // namespace

bool IsTitleAbbreviation(std::string_view w) {
  static const internal::WordSet k = {
      "mr",  "mrs", "ms",     "dr",   "gen",  "sen", "sens",  "rep",   "reps", "gov",
      "lt",  "col", "sgt",    "capt", "cpt",  "maj", "adm",   "cmdr",  "prof", "rev",
      "st",  "ft",  "mt",     "hon",  "pres", "jan", "feb",   "mar",   "apr",  "jun",
      "jul", "aug", "sep",    "sept", "oct",  "nov", "dec",   "no",    "nos",  "vs",
      "v",   "cf",  "approx", "dept", "est",  "fig", "gov't", "messrs"};
  return k.count(w) > 0;
}

std::string_view Document::Span(size_t first, size_t last) const {
  if (first >= last || last > tokens.size()) return {};
  return text.substr(tokens[first].begin, tokens[last - 1].end - tokens[first].begin);
}

Document Segment(std::string_view text) {
  Document doc;
  doc.text = text;
  doc.lowered.reset(new char[2 * text.size() + 1]);
  doc.tokens = Scanner(text, doc.lowered.get()).Run();
  auto& toks = doc.tokens;
  const uint32_t n = static_cast<uint32_t>(toks.size());

  // Paragraph starts: blank lines, or a single line break before a non-lower-case start.
  std::vector<uint32_t> starts;
  for (uint32_t i = 0; i < n; ++i) {
    const Token& t = toks[i];
    bool lower_start = t.kind == TokenKind::kWord && !t.cap && !t.lower.empty() &&
                       t.lower[0] >= 'a' && t.lower[0] <= 'z';
    if (i == 0 || t.newlines_before >= 2 || (t.newlines_before == 1 && !lower_start)) {
      starts.push_back(i);
    }
  }
  starts.push_back(n);

  for (size_t p = 0; p + 1 < starts.size(); ++p) {
    uint32_t first = starts[p], last = starts[p + 1];
    int para = static_cast<int>(doc.paragraphs.size());
    PairQuotes(&doc, first, last, para);
    Paragraph paragraph;
    paragraph.first_sentence = static_cast<uint32_t>(doc.sentences.size());
    uint32_t s_first = first;
    auto emit = [&](uint32_t s_last) {
      if (s_last <= s_first) return;
      Sentence s;
      s.first = s_first;
      s.last = s_last;
      s.begin = toks[s_first].begin;
      s.end = toks[s_last - 1].end;
      s.paragraph = para;
      for (uint32_t k = s_first; k < s_last; ++k)
        toks[k].sentence = static_cast<int>(doc.sentences.size());
      doc.sentences.push_back(s);
      s_first = s_last;
    };
    for (uint32_t i = first; i < last; ++i) {
      const Token& t = toks[i];
      // "X told reporters: "..." ends a sentence at the colon: the quote is its own sentence.
      bool colon_quote =
          t.lower == ":" && i + 1 < last && toks[i + 1].kind == TokenKind::kOpenQuote;
      bool terminal = IsTerminal(t) || colon_quote;
      bool abbrev_end =
          t.abbrev &&
          !IsTitleAbbreviation(std::string_view(t.lower).substr(0, t.lower.size() - 1)) &&
          !(t.lower.size() == 2);  // initials never end a sentence
      if (!terminal && !abbrev_end) continue;
      uint32_t j = i + 1;
      while (j < last && (toks[j].kind == TokenKind::kCloseQuote || toks[j].lower == ")" ||
                          toks[j].lower == "]" || toks[j].lower == "'" || IsTerminal(toks[j]))) {
        ++j;
      }
      if (j >= last) break;  // the paragraph end closes the sentence
      const Token& next = toks[j];
      if (colon_quote) {
        emit(j);
        i = j - 1;
        continue;
      }
      bool starts_new = next.cap || next.kind == TokenKind::kOpenQuote ||
                        next.kind == TokenKind::kNumber ||
                        (next.lower == "'" && j + 1 < last && toks[j + 1].cap);
      if (!starts_new) continue;
      if (!terminal) {
        // "U.S." or "Inc." ends a sentence only before a typical opener.
        if (!SentenceOpeners().count(next.lower)) continue;
      }
      if (t.lower == "..." && !next.cap && next.kind != TokenKind::kOpenQuote) continue;
      emit(j);
      i = j - 1;
    }
    emit(last);
    paragraph.last_sentence = static_cast<uint32_t>(doc.sentences.size());
    doc.paragraphs.push_back(paragraph);
  }
  return doc;
}

}  // namespace sg::ingest
