// Tokens, sentences, paragraphs and quotations of one text, with UTF-8 byte offsets.
//
// Segment() is a hand-written single-pass scanner (no regular expressions):
//  * tokens: words (with internal hyphens and apostrophes, abbreviations such as "U.S." or
//    "a.m." and initials keeping their periods), numbers ("2.5", "45,000", "9/11"), the
//    possessive "'s" as its own token, punctuation, and double quotation marks (straight or
//    curly) classified as opening or closing;
//  * paragraphs: broken at blank lines, and at single line breaks unless the next line starts
//    in lower case (hard-wrapped text);
//  * sentences: ended by . ! ? or an ellipsis followed by a capitalised word, a quotation mark
//    or a digit, never after titles and initials ("Dr.", "Gen.", "A."), after abbreviations
//    such as "U.S." only when a typical sentence opener follows; always at a paragraph end;
//  * quotations: paired within a paragraph; a quotation left open at the end of a paragraph
//    (the news convention for quotes that run over several paragraphs) ends there and is
//    marked `continues`.
//
// Thread safety: pure function; the Document refers to (does not own) the text.
//
// Performance: tokens own no strings. `lower` and `key` are views into the text when the token
// is already in lower case (most words), else into a buffer the Document owns; the scanner
// decodes ASCII through a byte table and only falls back to UTF-8 decoding for other bytes.
#ifndef SG_INGEST_TEXT_H_
#define SG_INGEST_TEXT_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace sg::ingest {

enum class TokenKind : uint8_t {
  kWord,
  kNumber,
  kPunct,
  kOpenQuote,
  kCloseQuote,
};

struct Token {
  uint32_t begin = 0;  // byte offsets in the text
  uint32_t end = 0;
  TokenKind kind = TokenKind::kPunct;
  bool cap = false;       // starts with an upper-case letter
  bool all_caps = false;  // two or more letters, all upper case ("NATO", "U.S.")
  bool abbrev = false;    // ends with an attached period ("Dr.", "U.S.", "A.")
  bool space_before = false;
  int newlines_before = 0;
  int quote = -1;     // index of the quotation holding the token (marks included), or -1
  int sentence = -1;  // index of the sentence
  // Lower-cased form (ASCII letters only); curly apostrophes become "'", periods of
  // abbreviations are kept. A view into the text or into the Document's buffer: valid while
  // the Document and its text live.
  std::string_view lower;
  // The lexicon lookup key: `lower` without periods ("U.S." -> "us"). Same lifetime.
  std::string_view key;
  // Which lexicon phrases may start at this token (Lexicon::Annotate); valid when the
  // document's `annotated` is set.
  uint32_t lex = 0;
  // The lexicon's word ids of `key` and `lower` (0: a word no lexicon table holds), or
  // kWordUnset before Lexicon::Annotate.
  uint32_t key_word = kWordUnset;
  uint32_t lower_word = kWordUnset;

  static constexpr uint32_t kWordUnset = 0xFFFFFFFFu;
};

struct Sentence {
  uint32_t first = 0;  // token range [first, last)
  uint32_t last = 0;
  uint32_t begin = 0;  // byte range in the text
  uint32_t end = 0;
  int paragraph = 0;
};

struct Paragraph {
  uint32_t first_sentence = 0;  // sentence range [first_sentence, last_sentence)
  uint32_t last_sentence = 0;
};

struct Quote {
  uint32_t open = 0;   // token index of the opening mark
  uint32_t close = 0;  // token index of the closing mark, or one past the paragraph's last token
  bool closed = false;
  bool continues = false;  // left open at the end of its paragraph
  int paragraph = 0;
};

// Move-only: tokens refer to `text` (not owned) and to `lowered` (owned).
struct Document {
  std::string_view text;
  // Lower-cased copies of the tokens that are not already lower case in the text.
  std::unique_ptr<char[]> lowered;
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<Paragraph> paragraphs;
  std::vector<Quote> quotes;
  bool annotated = false;  // tokens carry Lexicon::Annotate flags

  std::string_view TokenText(size_t i) const {
    return text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin);
  }
  // The text from the start of token `first` to the end of token `last - 1`.
  std::string_view Span(size_t first, size_t last) const;
};

Document Segment(std::string_view text);

// True for words that never end a sentence when followed by a period: titles and honorifics
// ("dr", "gen", "sen", "mr"), month abbreviations ("jan"), "no", "vs". Input is lower case
// without the period.
bool IsTitleAbbreviation(std::string_view lower_word);

}  // namespace sg::ingest

#endif  // SG_INGEST_TEXT_H_
