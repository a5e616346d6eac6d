// The claim graph's data model: actors, articles, claims and the edges between them.
//
// Two layers:
//  * Stored records (Actor, Article, Claim) carry fixed-width ids and are what the store
//    persists (see docs/storage-format.md).
//  * Drafts (ActorMention, ClaimDraft, ArticleDraft) are what an extractor or an upstream
//    pipeline hands to the store: actors by name, referenced by index. The store resolves names
//    to ids through its alias index when it writes the article.
//
// Enums persisted on disk have explicit values: stored on disk; never renumber.
#ifndef SG_GRAPH_MODEL_H_
#define SG_GRAPH_MODEL_H_

#include <array>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sg::graph {

// A calendar date stored as yyyymmdd (20220118); 0 means unknown. Order-preserving.
struct Date {
  uint32_t yyyymmdd = 0;

  bool known() const { return yyyymmdd != 0; }
  // Parses "2022-01-18" or a longer ISO-8601 timestamp ("2022-01-18T10:00:00Z"); an empty
  // string gives the unknown date; anything else gives nullopt.
  static std::optional<Date> Parse(std::string_view text);
  // "2022-01-18", or "" when unknown.
  std::string ToString() const;
  auto operator<=>(const Date&) const = default;
};

// Actor ids are a 64-bit hash of the normalised canonical name (NormalizeName), so the same
// name gets the same id in every database, whatever the ingest order. 0 means "none".
struct ActorId {
  uint64_t value = 0;
  bool valid() const { return value != 0; }
  auto operator<=>(const ActorId&) const = default;
};

// Article ids are a 64-bit hash of the article's external key (its "id" field, else its file
// name, else its content hash). 0 is never used.
struct ArticleId {
  uint64_t value = 0;
  bool valid() const { return value != 0; }
  auto operator<=>(const ArticleId&) const = default;
};

// A claim is the ordinal-th claim of its article: claims of one article are adjacent in the
// store and are replaced or retracted together.
struct ClaimId {
  ArticleId article;
  uint16_t ordinal = 0;
  auto operator<=>(const ClaimId&) const = default;
};

// Stored on disk; never renumber.
enum class ActorKind : uint8_t {
  kUnknown = 0,
  kCountry = 1,
  kOrganization = 2,
  kPerson = 3,
  kGroup = 4,      // a collective without a single voice: "critics", "both sides", "lawmakers"
  kAnonymous = 5,  // "a senior official", "officials"
};
inline constexpr size_t kActorKindCount = 6;

// Stored on disk; never renumber.
enum class ClaimForm : uint8_t {
  kDirect = 0,       // a quotation
  kIndirect = 1,     // reported speech: X said (that) ...
  kAccordingTo = 2,  // according to X, ...
  kHeadline = 3,     // a title such as "Russia denies attack plans"
};

// Stored on disk; never renumber.
enum class Modality : uint8_t {
  kAsserted = 0,
  kPossible = 1,     // could, may, might
  kFuture = 2,       // will, is going to
  kConditional = 3,  // if, unless, should ...
};

// Lower-case names used in JSON, CSV and the command line ("person", "according_to").
std::string_view ToString(ActorKind kind);
std::string_view ToString(ClaimForm form);
std::string_view ToString(Modality modality);
std::optional<ActorKind> ParseActorKind(std::string_view text);
std::optional<ClaimForm> ParseClaimForm(std::string_view text);
std::optional<Modality> ParseModality(std::string_view text);

// The kind an actor record takes from its articles' votes (indexed by enum value): the known kind
// most articles give, ties to the lower enum value; unknown only when no article gives a kind.
ActorKind KindFromVotes(const std::array<uint32_t, kActorKindCount>& votes);

// ---------------------------------------------------------------------------------------------
// Stored records.

// A surface form of an actor and the number of stored articles that used it.
struct AliasCount {
  std::string alias;
  uint32_t articles = 0;
  bool operator==(const AliasCount&) const = default;
};

// A MEMBER_OF edge: the actor speaks for `group` in `role` ("press secretary"); `articles`
// counts the stored articles that state it.
struct Affiliation {
  ActorId group;
  std::string role;
  uint32_t articles = 0;
  bool operator==(const Affiliation&) const = default;
};

struct Actor {
  ActorId id;
  std::string name;  // canonical name, e.g. "Anthony Blinken"
  ActorKind kind = ActorKind::kUnknown;  // the kind most articles give (see kind_votes)
  std::array<uint32_t, kActorKindCount> kind_votes{};  // articles per kind, by enum value
  std::vector<AliasCount> aliases;         // sorted by alias
  std::vector<Affiliation> affiliations;   // sorted by (group, role)
  uint32_t articles = 0;         // stored articles that mention the actor
  uint32_t claims_made = 0;      // claims with this speaker
  uint32_t claims_received = 0;  // claims targeting this actor
  bool operator==(const Actor&) const = default;
};

// What one article contributed to one actor, kept in the article record so that replacing or
// retracting the article can take exactly that back.
struct ActorContribution {
  ActorId actor;
  ActorKind kind = ActorKind::kUnknown;
  std::vector<std::string> aliases;
  std::vector<Affiliation> affiliations;  // `articles` unused (1 by construction)
  bool operator==(const ActorContribution&) const = default;
};

struct Article {
  ArticleId id;
  std::string key;  // the external id
  std::string url;
  std::string title;
  std::string outlet;
  Date date;
  uint64_t content_hash = 0;  // of title and text: same key + same hash = unchanged
  int64_t ingested_at = 0;    // seconds since the Unix epoch
  uint32_t claim_count = 0;
  std::vector<ActorContribution> actors;
  bool operator==(const Article&) const = default;
};

// An ABOUT edge: the claim is about `actor`, with the speaker's stance toward it.
struct Target {
  ActorId actor;
  int8_t stance = 0;  // -1 hostile, 0 neutral, 1 friendly
  bool operator==(const Target&) const = default;
};

// "Russia could launch an attack in Ukraine" -> {Russia, "attack", Ukraine, false}. Two claims
// contradict when agent and predicate are equal, the patients are equal or one is missing, and
// their polarities are opposite. An empty predicate means the claim has no proposition.
struct Proposition {
  ActorId agent;
  std::string predicate;  // a predicate class from data/predicates.tsv
  ActorId patient;        // may be invalid (missing)
  bool negated = false;   // the content itself is negated ("no plans", "will not")
  bool empty() const { return predicate.empty(); }
  bool operator==(const Proposition&) const = default;
};

struct Claim {
  ClaimId id;
  ActorId speaker;
  ActorId source;  // for a nested report ("X urged ..., according to Z"): Z; else invalid
  std::string cue;  // lemma of the reporting word: "say", "deny", "according to"
  ClaimForm form = ClaimForm::kIndirect;
  int8_t polarity = 1;  // 1 asserts, -1 denies or states negated, 0 questions and appeals
  Modality modality = Modality::kAsserted;
  std::vector<Target> targets;
  std::string content;
  uint32_t start = 0;  // UTF-8 byte span of the claim's sentence in the article text,
  uint32_t end = 0;    // or in the title for form kHeadline
  Proposition proposition;
  Date date;         // the article's date
  std::string rule;  // id of the extraction rule (or "add" for imported claims)
  bool operator==(const Claim&) const = default;
};

// ---------------------------------------------------------------------------------------------
// Drafts: the input of Store::PutArticle.

// An actor as one article names it. References to other mentions are indexes into
// ArticleDraft::actors (-1 for none).
struct ActorMention {
  std::string name;  // the fullest name the article gives: "Anthony Blinken", "Russia"
  ActorKind kind = ActorKind::kUnknown;
  std::vector<std::string> aliases;  // other forms: "Blinken", "Moscow", "the Kremlin"
  int group = -1;    // MEMBER_OF: the mention it speaks for (Jen Psaki -> White House)
  std::string role;  // "press secretary"; may be empty
};

struct TargetDraft {
  int actor = -1;
  int8_t stance = 0;
};

struct PropositionDraft {
  int agent = -1;
  std::string predicate;  // empty: no proposition
  int patient = -1;
  bool negated = false;
};

struct ClaimDraft {
  int speaker = -1;  // required
  int source = -1;
  std::string cue;
  ClaimForm form = ClaimForm::kIndirect;
  int8_t polarity = 1;
  Modality modality = Modality::kAsserted;
  std::vector<TargetDraft> targets;
  std::string content;
  uint32_t start = 0;
  uint32_t end = 0;
  PropositionDraft proposition;
  std::string rule;
};

struct ArticleDraft {
  std::string key;  // external id; required
  std::string url;
  std::string title;
  std::string outlet;
  Date date;
  uint64_t content_hash = 0;
  std::vector<ActorMention> actors;
  std::vector<ClaimDraft> claims;
};

}  // namespace sg::graph

#endif  // SG_GRAPH_MODEL_H_
