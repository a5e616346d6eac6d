#include <algorithm>

#include "ingest/internal/attributor.h"

namespace sg::ingest {
namespace internal {

// X said: "..." or X said, "...": the quote after the cue belongs to X.
void Attributor::LinkQuoteAfter(const Sentence& s, Attribution* a) {
  for (uint32_t k = a->cue_last; k + 1 < s.last; ++k) {
    if (tok(k).lower == ":" && IsOpen(tok(k + 1)) && tok(k + 1).quote >= 0) {
      linked_quote_ = tok(k + 1).quote;
      return;
    }
  }
  uint32_t j = a->cue_last;
  while (j < s.last && j < a->cue_last + 8 && !IsOpen(tok(j))) ++j;
  if (j < s.last && IsOpen(tok(j)) && tok(j).quote >= 0 &&
      (tok(j - 1).lower == ":" || tok(j - 1).lower == "," || j == a->content_first)) {
    linked_quote_ = tok(j).quote;
    if (a->content_first == j || a->content_first == j + 1) a->form = ClaimForm::kDirect;
  }
}

// "White House Press Secretary Jen Psaki:" alone before a quoted paragraph.
void Attributor::ColonSpeakerLine(const Sentence& s, int si, std::vector<Attribution>* found) {
  if (!found->empty() || s.last - s.first < 2 || tok(s.last - 1).lower != ":") return;
  if (static_cast<uint32_t>(si) + 1 >= doc_.sentences.size()) return;
  int m = MentionEndingAt(s.last - 1);
  if (m < 0 || mention(m).first > s.first + 1) return;
  int sp = ActorOf(m, si);
  if (sp < 0) return;
  const Paragraph& p = doc_.paragraphs[s.paragraph];
  if (p.last_sentence >= doc_.sentences.size() || p.last_sentence != static_cast<uint32_t>(si) + 1)
    return;
  const Sentence& next = doc_.sentences[si + 1];
  if (!IsOpen(tok(next.first))) return;
  Attribution a;
  a.sentence = si;
  a.speaker = sp;
  a.cue = lex_.CueByLemma("say");
  a.rule = "colon_quote";
  a.form = ClaimForm::kDirect;
  SetLastSpeaker(sp, si, a.cue, -1);
  QuoteBlock(tok(next.first).quote, a);
}

void Attributor::SetLastSpeaker(int speaker, int sentence, int cue, int quote) {
  last_speaker_ = speaker;
  last_sentence_ = sentence;
  last_cue_ = cue;
  pending_quote_ = quote;
}

void Attributor::Emit(Attribution a) {
  if (options_.headline) a.form = ClaimForm::kHeadline;
  int quote = linked_quote_;
  linked_quote_ = -1;
  bool silent = false;
  const Sentence& s = doc_.sentences[a.sentence];
  if (quote < 0 && tok(s.last - 1).lower == ":" && a.content_last >= s.last - 1) {
    // "X said: <quoted paragraph>": the quote belongs to X; a content that is only an
    // adjunct ("tweeted using his account:") is no claim of its own.
    quote = NextQuote(a.sentence);
    const Token& first = tok(a.content_first);
    static const internal::WordSet kAdjunct = {"using",   "in",   "on",   "at",     "to",   "via",
                                               "through", "with", "from", "during", "after"};
    silent = quote >= 0 && kAdjunct.count(first.lower) > 0;
    if (quote >= 0 && a.content_last == a.content_first) silent = true;
  }
  if (claimed_.count({a.sentence, a.speaker})) silent = true;
  if (!silent) {
    out_.push_back(a);
    claimed_.insert({a.sentence, a.speaker});
  }
  SetLastSpeaker(a.speaker, a.sentence, a.cue, quote);
  if (quote >= 0) QuoteBlock(quote, a);
}

// Every other sentence of a linked quote (and of the quotes continuing it) is a claim too.
void Attributor::QuoteBlock(int q, const Attribution& a) {
  while (q >= 0) {
    const Quote& quote = doc_.quotes[q];
    for (uint32_t t = quote.open; t < std::min<uint32_t>(quote.close, doc_.tokens.size()); ++t) {
      int si = tok(t).sentence;
      if (si == a.sentence || claimed_.count({si, a.speaker})) continue;
      const Sentence& s = doc_.sentences[si];
      Attribution b = a;
      b.sentence = si;
      b.rule = "quote_block";
      b.form = options_.headline ? ClaimForm::kHeadline : ClaimForm::kDirect;  // spans the title
      b.object = -1;
      b.content_first = std::max(s.first, quote.open + 1);
      b.content_last = std::min(s.last, quote.close);
      b.speaker_first = b.speaker_last = b.cue_first = b.cue_last = 0;
      out_.push_back(b);
      claimed_.insert({si, a.speaker});
    }
    q = quote.continues ? NextParagraphQuote(quote.paragraph) : -1;
  }
}

// The quote opening the sentence after `sentence`, or -1.
int Attributor::NextQuote(int sentence) const {
  if (sentence + 1 >= static_cast<int>(doc_.sentences.size())) return -1;
  const Token& first = tok(doc_.sentences[sentence + 1].first);
  return IsOpen(first) ? first.quote : -1;
}

int Attributor::NextParagraphQuote(int paragraph) const {
  if (paragraph + 1 >= static_cast<int>(doc_.paragraphs.size())) return -1;
  const Paragraph& p = doc_.paragraphs[paragraph + 1];
  if (p.first_sentence >= doc_.sentences.size()) return -1;
  const Token& first = tok(doc_.sentences[p.first_sentence].first);
  return IsOpen(first) ? first.quote : -1;
}

// Quoted sentences left without a speaker go to the nearest preceding attribution.
void Attributor::Floating() {
  if (options_.headline) return;
  std::unordered_set<int> has_claim;
  for (const auto& a : out_) has_claim.insert(a.sentence);
  std::vector<Attribution> sorted = out_;
  std::sort(sorted.begin(), sorted.end(),
            [](const Attribution& x, const Attribution& y) { return x.sentence < y.sentence; });
  size_t next = 0;
  const Attribution* last = nullptr;
  for (size_t si = 0; si < doc_.sentences.size(); ++si) {
    while (next < sorted.size() && sorted[next].sentence < static_cast<int>(si))
      last = &sorted[next++];
    if (has_claim.count(static_cast<int>(si)) || !last) continue;
    const Sentence& s = doc_.sentences[si];
    if (!MostlyQuoted(s)) continue;
    int gap = s.paragraph - doc_.sentences[last->sentence].paragraph;
    if (gap > 1) continue;
    Attribution b = *last;
    b.sentence = static_cast<int>(si);
    b.rule = "floating_quote";
    b.form = ClaimForm::kDirect;
    b.object = -1;
    b.source = -1;
    b.content_first = s.first;
    b.content_last = s.last;
    Trim(&b.content_first, &b.content_last);
    b.speaker_first = b.speaker_last = b.cue_first = b.cue_last = 0;
    out_.push_back(b);
  }
}

bool Attributor::MostlyQuoted(const Sentence& s) const {
  if (!IsOpen(tok(s.first)) && tok(s.first).quote < 0) return false;
  int in = 0, all = 0;
  for (uint32_t i = s.first; i < s.last; ++i) {
    if (tok(i).kind != TokenKind::kWord) continue;
    ++all;
    if (tok(i).quote >= 0) ++in;
  }
  return all > 0 && in * 10 >= all * 6;
}

}  // namespace internal

}  // namespace sg::ingest
