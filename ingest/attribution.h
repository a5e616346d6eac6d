// Attribution: who is reported to have said what, sentence by sentence.
//
// An ordered cascade of surface patterns over tokens and actor mentions (rule ids in
// parentheses, reported on every claim):
//   according to X, CONTENT / CONTENT, according to X           (according_to)
//   "QUOTE," said X / "QUOTE," X said                            (quote_cue_speaker,
//                                                                 quote_speaker_cue)
//   CONTENT, said X                                              (content_cue_speaker)
//   X CUE (that) CONTENT / CONTENT, X CUE                        (speaker_cue, content_speaker_cue)
//   X, APPOSITION, CUE ...; X, who ..., CUE ...                   (speaker_apposition_cue)
//   ..., CUE-ing ... (the main clause's subject speaks)           (participle)
//   X LIGHT-VERB [the] NOUN that ... ("reiterated accusations")  (light_verb_noun)
//   X's NOUN that ... ("Ukraine's complaints")                   (possessive_noun)
//   X: + quoted paragraph; X CUE: + quoted paragraph             (colon_quote)
//   a quoted sentence with no cue of its own: the speaker of the nearest preceding
//   attribution in the same or the previous paragraph           (floating_quote)
//   quotes of several sentences: one claim per sentence          (quote_block)
// Pronoun speakers (he, she, they, it) are resolved to the nearest compatible actor. A nested
// report ("X urged ..., according to Z") keeps X as the speaker and Z as the source.
//
// Thread safety: pure function; it may add actors to the analysis' table.
#ifndef SG_INGEST_ATTRIBUTION_H_
#define SG_INGEST_ATTRIBUTION_H_

#include <string>
#include <vector>

#include "graph/model.h"
#include "ingest/actors.h"
#include "ingest/lexicon.h"
#include "ingest/text.h"

namespace sg::ingest {

struct Attribution {
  int sentence = -1;
  int speaker = -1;  // actor index
  int source = -1;   // nested report: the actor it is reported through, or -1
  int cue = -1;      // cue index in the lexicon
  graph::ClaimForm form = graph::ClaimForm::kIndirect;
  uint32_t content_first = 0;  // token span of the content
  uint32_t content_last = 0;
  uint32_t speaker_first = 0;  // token span of the speaker's phrase and the cue: never targets
  uint32_t speaker_last = 0;
  uint32_t cue_first = 0;
  uint32_t cue_last = 0;
  int object = -1;  // actor that is the object of the cue (the accused, the urged), or -1
  std::string rule;
};

struct AttributionOptions {
  // Attributions for a headline: present-tense cues and "X: ..." only, form kHeadline.
  // Default: false.
  bool headline = false;
};

// Finds attributions in `doc`, in text order; a sentence may have several (one per speaker).
std::vector<Attribution> Attribute(const Document& doc, const Lexicon& lex, ActorAnalysis* actors,
                                   const AttributionOptions& options = {});

}  // namespace sg::ingest

#endif  // SG_INGEST_ATTRIBUTION_H_
