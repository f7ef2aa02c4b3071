// Speech acts in statements: who condemns, urges or welcomes what, asked of whom, how strongly.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "concord/engine/statement.hpp"

namespace concord {

/// The grammatical shape of a surface form of a speech act. It decides where the form may
/// stand: a finite verb after a subject ("We condemn"), a participle only where a clause
/// opens ("Recalling"), an adjective after a copula ("We are deeply concerned").
enum class FormKind {
  /// A finite verb in a present tense: "calls upon", "exhorta", "exhortamos", "exhorte".
  Present,
  /// A present-tense form that is also the infinitive, where a language has such forms
  /// (English "call upon", "urge" after "We" or a plural subject). Kept apart from Present
  /// so that "Encourages States to ratify, accept, approve or accede" is one act.
  Plural,
  /// A finite verb in a past tense, or the participle of a perfect: "called on", "exhortó",
  /// "exhorté" (in "a exhorté").
  Past,
  /// A present participle or gerund: "Calling upon", "Exhortando", "Exhortant".
  Participle,
  /// An adjective of state: "Concerned", "Determined", "Preocupada".
  Adjective,
  /// A stance noun that carries the act after a light verb ("expresses its deep concern",
  /// "reiterates its call upon") and alone at the start of a quoted fragment
  /// ("profunda preocupación").
  Noun,
  /// A noun that is an act only alone at the start of a fragment ("compromiso de ...");
  /// after a light verb the verb keeps the act ("reiterated their commitment").
  StandaloneNoun,
  /// A deontic modal with no speaker verb governing it: "must", "debe", "doit".
  Modal,
};

/// One speech act of a language's lexicon and its surface forms.
struct SpeechActDefinition {
  /// Canonical English name ("calls upon"), shared by every language's lexicon.
  std::string lemma;
  /// The family the strength scale orders ("request", "condemnation", ...).
  std::string family;
  /// Rank within the family, from 1 (weakest); docs/demands.md gives the reasons.
  int strength = 0;
  /// True when the act is addressed to someone ("calls upon X to ...", "exhorta a X a ...").
  bool takes_addressee = false;
  /// True when a noun form alone names the act, so that a light verb before it drops out of
  /// the act's text ("expresses its deep concern" -> "concern"); false keeps the light verb
  /// ("expresses grave alarm" -> "expresses alarm").
  bool noun_alone = false;
  /// The family when the act's object is a proposition rather than an action: "agrees to
  /// establish" commits (family), "agrees that ..." states a position (affirmation). Empty
  /// when the family does not change.
  std::string proposition_family;
  /// Words that may open the addressee right after the form ("appeals to X to ...").
  std::vector<std::string> addressee_openers;
  /// Surface forms by kind; each is one or more words, matched case-insensitively.
  std::vector<std::string> present, plural, past, participle, adjective, noun, standalone_noun,
      modal;
};

/// Verbs of one language that ask for one and the same thing ("cease", "halt", "end",
/// "put an end to": "stop"), with the nouns made of them ("cessation", "halt").
struct ActionVerbGroup {
  /// What the verbs ask for, in English ("stop"); groups of every language share names.
  std::string name;
  /// Forms, each one or more words: infinitives, finite forms and nouns.
  std::vector<std::string> forms;
};

/// The words of one language that the extractor needs besides the acts. Every list holds
/// lower-case words or phrases; multi-word entries match as token sequences.
struct LanguageLexicon {
  /// ISO 639-1 code of the language ("en").
  std::string language;
  std::vector<SpeechActDefinition> acts;
  /// Verbs that give way to a following stance noun ("expresses", "reitera", "exprime").
  std::vector<std::string> light_verbs_present, light_verbs_plural, light_verbs_past,
      light_verbs_participle;
  /// Adverbs and adverbial phrases that may stand before or after an act without changing
  /// which act it is ("once again", "strongly", "in this regard").
  std::vector<std::string> adverbs;
  /// Possessives and adjectives between a light verb and its noun ("its", "deep", "su").
  std::vector<std::string> modifiers;
  /// Words after which a form is a noun, not a verb ("the", "its", "la", "les").
  std::vector<std::string> determiners;
  /// Words after which a form is not a finite verb ("to", "of", "de", "à").
  std::vector<std::string> prepositions;
  /// Future and conditional auxiliaries: "We will support" states an intention, not an act.
  std::vector<std::string> future_auxiliaries;
  /// Auxiliaries of the perfect ("has condemned", "a condamné"); left out of the act's text.
  std::vector<std::string> perfect_auxiliaries;
  /// Forms of "be": a verb form after one is passive ("are urged"); an adjective after one
  /// is an act ("are concerned"). Left out of the act's text.
  std::vector<std::string> copulas;
  /// Linking verbs kept in the act's text ("remains willing", "stands ready").
  std::vector<std::string> linking_verbs;
  /// Subject pronouns that may stand between a coordinator and an act ("and we urge").
  std::vector<std::string> pronouns;
  /// Negation before a form ("not", "no", "ne") and after it ("pas", "not" after a modal).
  std::vector<std::string> negations_before, negations_after;
  /// Words that negate an action when it opens with them ("not to adopt", "neither").
  std::vector<std::string> action_negations;
  /// Words that open a subordinate clause: after one, a verb is not the speaker's act.
  std::vector<std::string> complementizers;
  /// Words that join two acts ("and", "y", "et", "as well as").
  std::vector<std::string> coordinators;
  /// Phrases after which an infinitive is still the speaker's act ("would like to urge").
  std::vector<std::string> infinitive_openers;
  /// Infinitive openers that stay in the act's text, as linking verbs do: "Continues to urge"
  /// is the act, as the text says it. Not after a future auxiliary ("We will continue to
  /// support": an intention). May be empty.
  std::vector<std::string> continuing_openers;
  /// Words that open an addressee ("a", "al" in Spanish; "à", "aux" in French).
  std::vector<std::string> addressee_openers;
  /// True when an addressee must open with one of them (Spanish: "exhorta a los Estados").
  bool addressee_opener_required = false;
  /// Words that end an addressee and open the action ("to", "a", "à", "de", "que").
  std::vector<std::string> action_markers;
  /// Endings an infinitive must have after an action marker; empty to accept any word.
  std::vector<std::string> infinitive_endings;
  /// Words that open a that-clause whose subject is the addressee ("demands that Israel").
  std::vector<std::string> that_markers;
  /// Words that open an adverbial clause before the subject of a that-clause ("since",
  /// "although"): the clause, up to its comma, is not the act's object. May be empty.
  std::vector<std::string> clause_openers;
  /// Nouns that make a noun phrase an addressee ("States", "parties", "Gobierno").
  std::vector<std::string> addressee_heads;
  /// Verbs that take an infinitive inside an addressee ("States that continue to apply").
  std::vector<std::string> catenatives;
  /// Words that make a modal passive ("must be withdrawn": no addressee).
  std::vector<std::string> passive_markers;
  /// Endings of an infinitive that make a modal passive ("debe evitarse").
  std::vector<std::string> passive_endings;
  /// Words that introduce the agent of a passive: a past form before one is a participle
  /// ("crimes committed by armed groups"), not an act.
  std::vector<std::string> passive_agents;
  /// Qualifiers and hedges reported with each demand ("as appropriate", "all").
  std::vector<std::string> qualifiers;
  /// Phrases that end an action: adjuncts of conformity ("in accordance with") and the like.
  std::vector<std::string> action_ends;
  /// Words opening an aside between commas inside an action ("whether open or clandestine",
  /// "if requested"): the action goes on after it. May be empty.
  std::vector<std::string> aside_openers;
  /// Verbs of a reporter's attribution ("said", "warned", "dijo"): a few words after a comma
  /// holding one end the action ("..., UN experts warned today"). May be empty.
  std::vector<std::string> reporting_verbs;
  /// Words that join the last item of a list ("and", "or"): a comma one or two words before
  /// one ("economic, financial or trade measures") does not end an action. May be empty.
  std::vector<std::string> list_coordinators;
  /// Words that carry a second action past an adjunct that ended the first ("and to": "to
  /// prepare a report in the light of the Charter and to submit it to ..."); the action joins
  /// the two. May be empty.
  std::vector<std::string> coordinated_actions;
  /// Abbreviations after which a full stop does not end a sentence ("no", "mr").
  std::vector<std::string> abbreviations;
  /// Endings of adverbs of manner ("ly"): a past form after a determiner and such an adverb
  /// is an adjective ("its internationally recognized borders"). May be empty.
  std::vector<std::string> adverb_endings;
  /// Endings of participles that open preambular paragraphs ("ing", "ando", "ant").
  std::vector<std::string> participle_endings;
  /// Words with those endings that are not participles ("during", "cuando", "pendant").
  std::vector<std::string> non_participles;
  /// Phrases that open with an act's form but are no act ("thank you", "thanks to").
  std::vector<std::string> not_acts;
  /// Endings of past participles ("ed", "ado", "é"): a present form before such a word and
  /// a passive agent is a noun ("the support provided by"). May be empty.
  std::vector<std::string> past_participle_endings;
  /// Verb forms that are acts only before an action marker or a that-marker: "We resolve to
  /// ..." decides, "resolve the conflict" settles it. May be empty.
  std::vector<std::string> forms_before_to_or_that;
  /// Openers of a clause that only names a topic, up to its comma ("as far as": "As far as
  /// working methods are concerned, we support ..."): no act inside it. May be empty.
  std::vector<std::string> topic_frames;
  /// Groups of verbs asking for one thing, so that "cease its strikes" and "the immediate
  /// halt of the strikes" read as one demand. May be empty.
  std::vector<ActionVerbGroup> action_verbs;
  /// Words after which a noun of an action verb takes its object ("of", "to": "the halt of
  /// the strikes", "an end to the blockade").
  std::vector<std::string> action_verb_links;
  /// True when adjectives follow their noun (Spanish, French): a noun of an action verb may
  /// then stand one word before its linking word ("el cese inmediato de").
  bool adjectives_after_nouns = false;
};

/// Speech-act lexicons of several languages, compiled for matching. Built from parsed data
/// (the indexer reads data/lexicons/<lang>.yaml); cheap to copy.
class SpeechActLexicon {
 public:
  /// An empty lexicon: extract_demands finds nothing.
  SpeechActLexicon();
  /// Compiles `languages`. Throws DataError when an act has no lemma or a form is empty.
  explicit SpeechActLexicon(const std::vector<LanguageLexicon>& languages);
  ~SpeechActLexicon();
  SpeechActLexicon(const SpeechActLexicon&);
  SpeechActLexicon& operator=(const SpeechActLexicon&);
  SpeechActLexicon(SpeechActLexicon&&) noexcept;
  SpeechActLexicon& operator=(SpeechActLexicon&&) noexcept;

  /// Codes of the languages it holds, in the order given.
  [[nodiscard]] std::vector<std::string> languages() const;

  struct Compiled;
  /// For extract_demands; not part of the public interface.
  [[nodiscard]] const Compiled& compiled() const noexcept { return *compiled_; }

 private:
  std::shared_ptr<const Compiled> compiled_;
};

/// One speech act of a statement: what the text does ("calls upon"), to whom, asking what.
struct Demand {
  /// Index of the paragraph in Statement::paragraphs.
  std::size_t paragraph = 0;
  /// The act as the text says it, without adverbs and possessives: "calls upon",
  /// "Reaffirming", "exhorta", "concern" (after "expresses its deep"), "must".
  std::string act;
  /// The canonical English act ("calls upon"); the surface form, lower-cased, when the act
  /// is not in the lexicon (a preambular participle such as "Acting").
  std::string lemma;
  /// Family of the act ("request"); "other" for acts not in the lexicon.
  std::string family;
  /// Rank in the family's strength scale, from 1; 0 when unknown.
  int strength = 0;
  /// Who is asked to act ("all States", "el gobierno de Estados Unidos"); empty when the act
  /// has none (welcomes, reaffirms) or names none.
  std::string addressee;
  /// What is asked, or the object of the act, short.
  std::string action;
  /// The paragraph the action is written in: `paragraph`, but for an act ending in a colon
  /// whose action is the item after it ("Calls upon X:", "(a) To cease ...").
  std::size_t action_paragraph = 0;
  /// The name of the lexicon's group of the verb the action opens with ("stop" for "cease
  /// its strikes" and "the immediate halt of the strikes"); empty when it opens with none.
  std::string action_verb;
  /// The action after that verb and its linking word ("its strikes", "the strikes"); empty
  /// when action_verb is.
  std::string action_object;
  /// True when the act or its action is negated ("does not recognize", "not to adopt").
  bool negated = false;
  /// Qualifiers and hedges in the clause, as listed in the lexicon ("as appropriate").
  std::vector<std::string> qualifiers;
  /// The clause the act governs, from the act to the end of its action.
  std::string text;

  friend bool operator==(const Demand&, const Demand&) = default;
};

/// What the act of a paragraph ending in a colon ("Calls upon the United States:") asks in
/// the items after it ("(a) To cease ...", "(b) To refrain ...").
enum class ListItems {
  /// The first item's action: one act, one demand, as acts are counted (the demands gold of
  /// ../shared/eval/demands-dev and `concord demands`).
  First,
  /// One demand per item of the list, each with the act and its addressee: every thing asked,
  /// as a consensus matrix and the changes of speech act in a comparison show them.
  Each,
};

/// Finds the speech acts of `statement`, paragraph by paragraph and clause by clause: acts
/// opening a clause ("3. Calls upon ...", "Recalling ..."), after a subject ("The Movement
/// called on ...", "We condemn ...", "Ministers expressed ..."), coordinated ("Recalls and
/// reaffirms", "Noting ... and reaffirming ..."), stance nouns after light verbs or alone
/// in a fragment, and modals no speaker verb governs ("... must be withdrawn"). Acts inside
/// another act's object ("Recalling resolution 70/1, in which States are urged") are not
/// acts of the statement. The statement's language picks the lexicon; when it is unknown
/// or not in the lexicon, every language is tried and the one finding most acts wins.
[[nodiscard]] std::vector<Demand> extract_demands(const Statement& statement,
                                                  const SpeechActLexicon& lexicon,
                                                  ListItems items = ListItems::First);

/// The speech acts of each of `statements`, as extract_demands finds them, read on every
/// core; a paragraph that several statements share word for word (versions of one text
/// repeat most of theirs) is read once.
[[nodiscard]] std::vector<std::vector<Demand>> extract_demands(
    const std::vector<Statement>& statements, const SpeechActLexicon& lexicon,
    ListItems items = ListItems::First);

/// The same for one paragraph's text (without its label) in `language`; `paragraph` is
/// copied into each Demand. Sub-items of a paragraph ending with a colon are not seen.
[[nodiscard]] std::vector<Demand> extract_demands(std::string_view text, std::string_view language,
                                                  const SpeechActLexicon& lexicon,
                                                  std::size_t paragraph = 0);

}  // namespace concord
