#include "ingest/extract_json.h"

#include <string_view>

#include "graph/names.h"
#include "ingest/extractor.h"
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
    size_t run = i;
    while (run < s.size()) {
      unsigned char r = static_cast<unsigned char>(s[run]);
      if (r < 0x20 || r >= 0x80 || r == '"' || r == '\\') break;
      ++run;
    }
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

void AppendKey(std::string* out, const char* key) {
  out->push_back('"');
  *out += key;
  *out += "\":";
}

void AppendActor(std::string* out, const graph::ArticleDraft& draft, int actor) {
  const auto* a = actor >= 0 ? &draft.actors[actor] : nullptr;
  AppendKey(out, "id");
  AppendString(out, a ? graph::FormatActorId(graph::ActorIdForName(a->name)) : std::string());
  out->push_back(',');
  AppendKey(out, "name");
  AppendString(out, a ? std::string_view(a->name) : std::string_view());
  out->push_back(',');
  AppendKey(out, "kind");
  AppendString(out, a ? graph::ToString(a->kind) : std::string_view());
}

std::string_view Name(const graph::ArticleDraft& draft, int actor) {
  return actor < 0 ? std::string_view() : std::string_view(draft.actors[actor].name);
}

}  // namespace

std::string ClaimToJsonLine(const graph::ArticleDraft& draft, const graph::ClaimDraft& c) {
  std::string out;
  out.reserve(512 + c.content.size());
  out += "{";
  AppendKey(&out, "article");
  AppendString(&out, draft.key);
  out += ",";
  AppendKey(&out, "start");
  out += std::to_string(c.start);
  out += ",";
  AppendKey(&out, "end");
  out += std::to_string(c.end);
  out += ",";
  AppendKey(&out, "speaker");
  out += "{";
  AppendActor(&out, draft, c.speaker);
  out += ",";
  AppendKey(&out, "group");
  AppendString(&out, SpeakerGroup(draft, c.speaker));
  out += "},";
  AppendKey(&out, "cue");
  AppendString(&out, c.cue);
  out += ",";
  AppendKey(&out, "form");
  AppendString(&out, graph::ToString(c.form));
  out += ",";
  AppendKey(&out, "polarity");
  out += std::to_string(c.polarity);
  out += ",";
  AppendKey(&out, "modality");
  AppendString(&out, graph::ToString(c.modality));
  out += ",";
  AppendKey(&out, "targets");
  out += "[";
  for (size_t i = 0; i < c.targets.size(); ++i) {
    if (i) out += ",";
    out += "{";
    AppendActor(&out, draft, c.targets[i].actor);
    out += ",";
    AppendKey(&out, "stance");
    out += std::to_string(c.targets[i].stance);
    out += "}";
  }
  out += "],";
  AppendKey(&out, "content");
  AppendString(&out, c.content);
  out += ",";
  AppendKey(&out, "proposition");
  out += "{";
  AppendKey(&out, "agent");
  AppendString(&out, Name(draft, c.proposition.agent));
  out += ",";
  AppendKey(&out, "predicate");
  AppendString(&out, c.proposition.predicate);
  out += ",";
  AppendKey(&out, "patient");
  AppendString(&out, Name(draft, c.proposition.patient));
  out += ",";
  AppendKey(&out, "negated");
  out += c.proposition.negated ? "true" : "false";
  out += "},";
  AppendKey(&out, "rule");
  AppendString(&out, c.rule);
  out += "}";
  return out;
}

size_t WriteClaimsJsonl(const graph::ArticleDraft& draft, std::ostream& out) {
  for (const auto& c : draft.claims) out << ClaimToJsonLine(draft, c) << '\n';
  return draft.claims.size();
}

}  // namespace sg::ingest
