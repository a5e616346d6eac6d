#include "ingest/extract_json.h"

#include <charconv>
#include <string_view>
#include <vector>

#include "graph/names.h"
#include "ingest/extractor.h"
#include "ingest/internal/json_scan.h"
#include "ingest/utf8.h"

namespace sg::ingest {
namespace {

// Appends `s` as a JSON string. The text is valid UTF-8 (the reader checks it); invalid bytes
// are replaced by U+FFFD all the same so that the output always parses.
void AppendString(std::string* out, std::string_view s) {
  static const char kHex[] = "0123456789abcdef";
  out->push_back('"');
  for (size_t i = 0; i < s.size(); ++i) {
    // Runs of plain ASCII are copied whole.
    size_t run = internal::FindJsonSpecial(s, i, /*stop_non_ascii=*/true);
    if (run > i) {
      out->append(s.data() + i, run - i);
      i = run;
      if (i == s.size()) break;
    }
    unsigned char c = static_cast<unsigned char>(s[i]);
    switch (c) {
      case '"':
        *out += "\\\"";
        break;
      case '\\':
        *out += "\\\\";
        break;
      case '\n':
        *out += "\\n";
        break;
      case '\r':
        *out += "\\r";
        break;
      case '\t':
        *out += "\\t";
        break;
      default:
        if (c < 0x20) {
          *out += "\\u00";
          out->push_back(kHex[c >> 4]);
          out->push_back(kHex[c & 15]);
        } else if (c < 0x80) {
          out->push_back(static_cast<char>(c));
        } else {
          size_t len;
          char32_t cp = DecodeAt(s, i, &len);
          if (cp == 0xFFFD && len == 1) {
            *out += "\xEF\xBF\xBD";
          } else {
            out->append(s.substr(i, len));
          }
          i += len - 1;
        }
    }
  }
  out->push_back('"');
}

// Appends an integer in decimal.
void AppendInt(std::string* out, long long v) {
  char buf[24];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  out->append(buf, end);
}

std::string_view Name(const graph::ArticleDraft& draft, int actor) {
  return actor < 0 ? std::string_view() : std::string_view(draft.actors[actor].name);
}

// The JSON of each actor of a draft ("id","name","kind" members), made once per draft.
class ActorFragments {
 public:
  explicit ActorFragments(const graph::ArticleDraft& draft) : draft_(draft) {}

  // `"id":...,"name":...,"kind":...` of `actor` (-1: empty values).
  std::string_view Get(int actor) {
    if (actor < 0) return R"("id":"","name":"","kind":"")";
    if (cache_.size() < draft_.actors.size()) cache_.resize(draft_.actors.size());
    std::string& f = cache_[actor];
    if (f.empty()) {
      const auto& a = draft_.actors[actor];
      f += R"("id":)";
      AppendString(&f, graph::FormatActorId(graph::ActorIdForName(a.name)));
      f += R"(,"name":)";
      AppendString(&f, a.name);
      f += R"(,"kind":)";
      AppendString(&f, graph::ToString(a.kind));
    }
    return f;
  }

 private:
  const graph::ArticleDraft& draft_;
  std::vector<std::string> cache_;
};

void AppendClaim(const graph::ArticleDraft& draft, const graph::ClaimDraft& c,
                 ActorFragments* actors, std::string* out) {
  out->reserve(out->size() + 512 + c.content.size());
  *out += R"({"article":)";
  AppendString(out, draft.key);
  *out += R"(,"start":)";
  AppendInt(out, c.start);
  *out += R"(,"end":)";
  AppendInt(out, c.end);
  *out += R"(,"speaker":{)";
  *out += actors->Get(c.speaker);
  *out += R"(,"group":)";
  AppendString(out, SpeakerGroup(draft, c.speaker));
  *out += R"(},"cue":)";
  AppendString(out, c.cue);
  *out += R"(,"form":)";
  AppendString(out, graph::ToString(c.form));
  *out += R"(,"polarity":)";
  AppendInt(out, c.polarity);
  *out += R"(,"modality":)";
  AppendString(out, graph::ToString(c.modality));
  *out += R"(,"targets":[)";
  for (size_t i = 0; i < c.targets.size(); ++i) {
    if (i) out->push_back(',');
    out->push_back('{');
    *out += actors->Get(c.targets[i].actor);
    *out += R"(,"stance":)";
    AppendInt(out, c.targets[i].stance);
    out->push_back('}');
  }
  *out += R"(],"content":)";
  AppendString(out, c.content);
  *out += R"(,"proposition":{"agent":)";
  AppendString(out, Name(draft, c.proposition.agent));
  *out += R"(,"predicate":)";
  AppendString(out, c.proposition.predicate);
  *out += R"(,"patient":)";
  AppendString(out, Name(draft, c.proposition.patient));
  *out += R"(,"negated":)";
  *out += c.proposition.negated ? "true" : "false";
  *out += R"(},"rule":)";
  AppendString(out, c.rule);
  out->push_back('}');
}

}  // namespace

std::string ClaimToJsonLine(const graph::ArticleDraft& draft, const graph::ClaimDraft& c) {
  ActorFragments actors(draft);
  std::string out;
  AppendClaim(draft, c, &actors, &out);
  return out;
}

size_t WriteClaimsJsonl(const graph::ArticleDraft& draft, std::ostream& out) {
  ActorFragments actors(draft);
  std::string lines;
  for (const auto& c : draft.claims) {
    AppendClaim(draft, c, &actors, &lines);
    lines.push_back('\n');
  }
  out.write(lines.data(), static_cast<std::streamsize>(lines.size()));
  return draft.claims.size();
}

}  // namespace sg::ingest
