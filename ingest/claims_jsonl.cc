#include "ingest/claims_jsonl.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>

#include "graph/names.h"
#include "ingest/utf8.h"

namespace sg::ingest {
namespace {

using nlohmann::json;

// A parsed line before it is placed in its article.
struct Line {
  std::string article_key;
  std::string url, title, outlet;
  graph::Date date;
  json object;
  std::string raw;
};

// Throws std::invalid_argument with a message for the user.
[[noreturn]] void Reject(const std::string& why) { throw std::invalid_argument(why); }

std::string RequiredString(const json& o, const char* field) {
  auto it = o.find(field);
  if (it == o.end() || it->is_null()) Reject(std::string("missing required field \"") + field + "\"");
  if (!it->is_string()) Reject(std::string("field \"") + field + "\" must be a string");
  std::string s = it->get<std::string>();
  if (graph::NormalizeName(s).empty() && std::string(field) != "text") {
    Reject(std::string("field \"") + field + "\" has no letters or digits");
  }
  if (s.empty()) Reject(std::string("field \"") + field + "\" is empty");
  return s;
}

std::string OptionalString(const json& o, const char* field) {
  auto it = o.find(field);
  if (it == o.end() || it->is_null()) return "";
  if (!it->is_string()) Reject(std::string("field \"") + field + "\" must be a string");
  return it->get<std::string>();
}

int8_t Sign(const json& v, const std::string& what) {
  if (!v.is_number_integer()) Reject(what + " must be -1, 0 or 1");
  int64_t x = v.get<int64_t>();
  if (x < -1 || x > 1) Reject(what + " must be -1, 0 or 1");
  return static_cast<int8_t>(x);
}

graph::ActorKind KindField(const json& o, const char* field) {
  std::string text = OptionalString(o, field);
  if (text.empty()) return graph::ActorKind::kUnknown;
  auto kind = graph::ParseActorKind(text);
  if (!kind) Reject(std::string("field \"") + field + "\": unknown actor kind \"" + text + "\"");
  return *kind;
}

// Builds one article draft from its lines.
class DraftBuilder {
 public:
  explicit DraftBuilder(graph::ArticleDraft* draft) : draft_(draft) {
    for (size_t i = 0; i < draft->actors.size(); ++i) {
      index_.emplace(graph::NormalizeName(draft->actors[i].name), static_cast<int>(i));
    }
  }

  int Mention(const std::string& name, graph::ActorKind kind) {
    std::string key = graph::NormalizeName(name);
    if (key.empty()) Reject("name \"" + name + "\" has no letters or digits");
    auto it = index_.find(key);
    if (it != index_.end()) {
      graph::ActorMention& m = draft_->actors[it->second];
      if (m.kind == graph::ActorKind::kUnknown) m.kind = kind;
      return it->second;
    }
    graph::ActorMention m;
    m.name = name;
    m.kind = kind;
    draft_->actors.push_back(std::move(m));
    int i = static_cast<int>(draft_->actors.size()) - 1;
    index_.emplace(key, i);
    return i;
  }

  void AddClaim(const json& o) {
    graph::ClaimDraft c;
    c.speaker = Mention(RequiredString(o, "speaker"), KindField(o, "speaker_kind"));
    std::string group = OptionalString(o, "speaker_group");
    if (!group.empty() && graph::NormalizeName(group) != graph::NormalizeName(
                                                            draft_->actors[c.speaker].name)) {
      int g = Mention(group, KindField(o, "speaker_group_kind"));
      graph::ActorMention& speaker = draft_->actors[c.speaker];
      if (speaker.group == -1) {
        speaker.group = g;
        speaker.role = OptionalString(o, "speaker_role");
      }
    }
    std::string source = OptionalString(o, "source");
    if (!source.empty()) c.source = Mention(source, graph::ActorKind::kUnknown);
    c.content = RequiredString(o, "text");
    c.cue = OptionalString(o, "cue");
    if (c.cue.empty()) c.cue = "say";
    std::string form = OptionalString(o, "form");
    if (!form.empty()) {
      auto f = graph::ParseClaimForm(form);
      if (!f) Reject("unknown form \"" + form + "\"");
      c.form = *f;
    }
    std::string modality = OptionalString(o, "modality");
    if (!modality.empty()) {
      auto m = graph::ParseModality(modality);
      if (!m) Reject("unknown modality \"" + modality + "\"");
      c.modality = *m;
    }
    if (o.contains("polarity")) c.polarity = Sign(o["polarity"], "\"polarity\"");
    std::map<std::string, int8_t> stance;  // by normalised name
    if (o.contains("stance") && !o["stance"].is_null()) {
      if (!o["stance"].is_object()) Reject("\"stance\" must be an object of name -> -1|0|1");
      for (auto& [name, v] : o["stance"].items()) {
        stance[graph::NormalizeName(name)] = Sign(v, "stance of \"" + name + "\"");
      }
    }
    if (o.contains("targets") && !o["targets"].is_null()) {
      if (!o["targets"].is_array()) Reject("\"targets\" must be an array");
      for (const json& t : o["targets"]) {
        std::string name;
        graph::ActorKind kind = graph::ActorKind::kUnknown;
        std::optional<int8_t> own_stance;
        if (t.is_string()) {
          name = t.get<std::string>();
        } else if (t.is_object()) {
          name = RequiredString(t, "name");
          kind = KindField(t, "kind");
          if (t.contains("stance")) own_stance = Sign(t["stance"], "target stance");
        } else {
          Reject("a target must be a name or an object {\"name\", \"kind\", \"stance\"}");
        }
        if (graph::NormalizeName(name).empty()) Reject("target \"" + name + "\" has no letters");
        auto s = stance.find(graph::NormalizeName(name));
        int8_t value = own_stance ? *own_stance : s != stance.end() ? s->second : 0;
        c.targets.push_back(graph::TargetDraft{Mention(name, kind), value});
      }
    }
    if (o.contains("proposition") && !o["proposition"].is_null()) {
      const json& p = o["proposition"];
      if (!p.is_object()) Reject("\"proposition\" must be an object");
      c.proposition.predicate = RequiredString(p, "predicate");
      std::string agent = OptionalString(p, "agent"), patient = OptionalString(p, "patient");
      if (!agent.empty()) c.proposition.agent = Mention(agent, graph::ActorKind::kUnknown);
      if (!patient.empty()) c.proposition.patient = Mention(patient, graph::ActorKind::kUnknown);
      if (p.contains("negated")) {
        if (!p["negated"].is_boolean()) Reject("\"proposition.negated\" must be true or false");
        c.proposition.negated = p["negated"].get<bool>();
      }
    }
    for (const char* field : {"start", "end"}) {
      if (!o.contains(field)) continue;
      if (!o[field].is_number_unsigned() || o[field].get<uint64_t>() > UINT32_MAX) {
        Reject(std::string("\"") + field + "\" must be a byte offset");
      }
      (std::string(field) == "start" ? c.start : c.end) = o[field].get<uint32_t>();
    }
    if (c.start > c.end) Reject("\"start\" is after \"end\"");
    c.rule = "add";
    draft_->claims.push_back(std::move(c));
  }

 private:
  graph::ArticleDraft* draft_;
  std::map<std::string, int> index_;
};

Line ParseLine(const std::string& raw, std::string_view origin) {
  json o;
  try {
    o = json::parse(raw);
  } catch (const json::parse_error& e) {
    Reject(std::string("malformed JSON: ") + e.what());
  }
  if (!o.is_object()) Reject("expected a JSON object");
  Line line;
  RequiredString(o, "speaker");
  RequiredString(o, "text");
  std::string date = OptionalString(o, "date");
  auto parsed = graph::Date::Parse(date);
  if (!parsed) Reject("\"date\" must be YYYY-MM-DD, got \"" + date + "\"");
  line.date = *parsed;
  if (o.contains("article") && !o["article"].is_null()) {
    const json& a = o["article"];
    if (!a.is_object()) Reject("\"article\" must be an object");
    line.article_key = OptionalString(a, "id");
    line.url = OptionalString(a, "url");
    line.title = OptionalString(a, "title");
    line.outlet = OptionalString(a, "outlet");
    std::string adate = OptionalString(a, "date");
    if (!adate.empty()) {
      auto d = graph::Date::Parse(adate);
      if (!d) Reject("\"article.date\" must be YYYY-MM-DD, got \"" + adate + "\"");
      line.date = *d;
    }
  }
  if (line.article_key.empty()) {
    line.article_key = std::string(origin);
    if (line.date.known()) line.article_key += "@" + line.date.ToString();
  }
  line.object = std::move(o);
  line.raw = raw;
  return line;
}

}  // namespace

ClaimsInput ReadClaimsJsonl(std::istream& in, std::string_view origin,
                            const std::function<void(const std::string&)>& on_error) {
  ClaimsInput out;
  std::map<std::string, size_t> by_key;    // article key -> index in out.articles
  std::vector<std::string> hashed;         // the lines of each article, for its content hash
  // A NUL byte early on in what does not start with '{': a binary file, not JSON Lines. One
  // message instead of one per line.
  std::string head(8192, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<size_t>(in.gcount()));
  size_t nul = head.find('\0'), first_byte = head.find_first_not_of(" \t\r\n");
  if (nul != std::string::npos && head[first_byte] != '{') {
    ++out.rejected;
    on_error(std::string(origin) + ":" + std::to_string(1 + std::count(head.begin(),
                                                                       head.begin() + nul, '\n')) +
             ": binary data (a NUL byte at byte " + std::to_string(nul + 1) +
             "), not JSON Lines; the input is skipped");
    return out;
  }
  std::istringstream first(head);  // the lines of `head`, then the rest of `in`
  auto next_line = [&](std::string* line) {
    if (first.peek() == EOF) return static_cast<bool>(std::getline(in, *line));
    std::getline(first, *line);
    std::string rest;
    if (first.eof() && std::getline(in, rest)) *line += rest;
    return true;
  };
  std::string raw;
  size_t number = 0;
  while (next_line(&raw)) {
    ++number;
    if (!raw.empty() && raw.back() == '\r') raw.pop_back();
    if (raw.find_first_not_of(" \t") == std::string::npos) continue;
    ++out.lines;
    std::string where = std::string(origin) + ":" + std::to_string(number) + ": ";
    try {
      Line line = ParseLine(raw, origin);
      auto [it, inserted] = by_key.emplace(line.article_key, out.articles.size());
      if (inserted) {
        graph::ArticleDraft draft;
        draft.key = line.article_key;
        draft.url = line.url;
        draft.title = line.title;
        draft.outlet = line.outlet;
        draft.date = line.date;
        out.articles.push_back(std::move(draft));
        hashed.emplace_back();
      }
      graph::ArticleDraft& draft = out.articles[it->second];
      // Validate into a scratch copy so that a rejected line leaves the draft untouched.
      graph::ArticleDraft scratch = draft;
      DraftBuilder(&scratch).AddClaim(line.object);
      draft = std::move(scratch);
      hashed[it->second] += raw;
      hashed[it->second] += '\n';
      ++out.claims;
    } catch (const std::exception& e) {
      ++out.rejected;
      on_error(where + Excerpt(e.what(), 1024));  // it may quote a (50 MB) line
    }
  }
  if (out.lines == 0 && !in.bad()) {
    ++out.rejected;
    on_error(std::string(origin) + ":1: empty input: no JSON Lines records");
  }
  for (size_t i = 0; i < out.articles.size(); ++i) {
    out.articles[i].content_hash = graph::Hash64(hashed[i]);
  }
  // Drop articles whose every line was rejected.
  std::vector<graph::ArticleDraft> kept;
  for (auto& a : out.articles) {
    if (!a.claims.empty()) kept.push_back(std::move(a));
  }
  out.articles = std::move(kept);
  return out;
}

}  // namespace sg::ingest
