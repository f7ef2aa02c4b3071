// Tests for speech-act extraction: act, addressee, action and negation in English, Spanish
// and French paragraphs, with the lexicons shipped in data/lexicons; and the lexicon reader.
#include "concord/engine/demands.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "concord/engine/error.hpp"
#include "concord/engine/paragraph_structure.hpp"
#include "concord/indexer/lexicon_loader.hpp"
#include "support/process.hpp"
#include "support/shipped_lexicon.hpp"

namespace concord {
namespace {

const SpeechActLexicon& lexicon() { return testing::shipped_lexicon(); }

// One expected act of a paragraph; an empty field is not checked, except the addressee,
// which is always checked ("" = no addressee).
struct Expected {
  const char* act;
  const char* lemma;
  const char* addressee;
  const char* action_start;
  bool negated = false;
};

struct ParagraphCase {
  const char* name;
  const char* language;
  const char* text;
  std::vector<Expected> acts;
};

void PrintTo(const ParagraphCase& c, std::ostream* os) { *os << c.name; }

class ExtractDemandsTest : public ::testing::TestWithParam<ParagraphCase> {};

TEST_P(ExtractDemandsTest, FindsActAddresseeActionAndNegation) {
  const ParagraphCase& c = GetParam();
  const auto demands = extract_demands(c.text, c.language, lexicon());
  ASSERT_EQ(demands.size(), c.acts.size()) << c.text;
  for (std::size_t i = 0; i < c.acts.size(); ++i) {
    const Expected& e = c.acts[i];
    const Demand& d = demands[i];
    SCOPED_TRACE(std::string(c.name) + " act " + std::to_string(i) + ": " + d.act + " | " +
                 d.addressee + " | " + d.action);
    EXPECT_EQ(d.act, e.act);
    EXPECT_EQ(d.lemma, e.lemma);
    EXPECT_EQ(d.addressee, e.addressee);
    EXPECT_TRUE(d.action.starts_with(e.action_start)) << d.action;
    EXPECT_EQ(d.negated, e.negated);
  }
}

INSTANTIATE_TEST_SUITE_P(
    English, ExtractDemandsTest,
    ::testing::Values(
        ParagraphCase{"OperativeParagraph",
                      "en",
                      "Calls upon the United States to cease its airstrikes on small vessels;",
                      {{"Calls upon", "calls upon", "the United States", "cease its airstrikes"}}},
        ParagraphCase{"ActAfterAStanceNounOfferedToANamedCountry",
                      "en",
                      "We express our full solidarity and support to Israel and its people and "
                      "reaffirm our commitment towards its security.",
                      {{"solidarity", "expresses solidarity", "", ""},
                       {"support", "supports", "", "Israel and its people"},
                       {"reaffirm", "reaffirms", "", "our commitment towards its security"}}},
        ParagraphCase{"ContinuesToUrgeIsTheActAsTheTextSaysIt",
                      "en",
                      "Continues to urge the leaders to engage actively in the process;",
                      {{"Continues to urge", "urges", "the leaders", "engage actively"}}},
        ParagraphCase{"ContinuesToBeConcernedIsConcerned",
                      "en",
                      "The Council continues to be concerned about the situation.",
                      {{"concerned", "expresses concern", "", "the situation"}}},
        ParagraphCase{"ActsChainedInASecurityCouncilParagraph",
                      "en",
                      "2. Fully supports the Secretary-General's engagement with the sides and "
                      "continues to urge the sides to engage actively with his team, remains "
                      "convinced of the benefits of a settlement, and cautions against any "
                      "unilateral action;",
                      {{"supports", "supports", "", "the Secretary-General's engagement"},
                       {"continues to urge", "urges", "the sides", "engage actively"},
                       {"remains convinced", "convinced", "", "the benefits of a settlement"},
                       {"cautions against", "warns", "", "any unilateral action"}}},
        ParagraphCase{"ButAndWhileJoinActs",
                      "en",
                      "8. Regrets the lack of participation of women, but welcomes the Action "
                      "Plan, and welcomes the flow of trade, while noting that trade levels "
                      "remain low;",
                      {{"Regrets", "regrets", "", "the lack of participation"},
                       {"welcomes", "welcomes", "", "the Action Plan"},
                       {"welcomes", "welcomes", "", "the flow of trade"},
                       {"noting", "notes", "", "trade levels remain low"}}},
        ParagraphCase{"AClauseOpeningWithAndAfterASemicolonJoinsTheActsBefore",
                      "en",
                      "Taking note of the support expressed by many Member States; affirming that "
                      "autonomy could constitute a solution; and further welcoming the commitment "
                      "of Council members,",
                      {{"Taking note", "notes", "", "the support expressed"},
                       {"affirming", "affirms", "", "autonomy could constitute"},
                       {"welcoming", "welcomes", "", "the commitment of Council members"}}},
        ParagraphCase{"AParticipleBeforeAThatClauseAfterAFiniteActIsAnAct",
                      "en",
                      "2. Reaffirms paragraphs 2 through 25 of resolution 2743, noting that the "
                      "references therein refer to resolution 2752;",
                      {{"Reaffirms", "reaffirms", "", "paragraphs 2 through 25"},
                       {"noting", "notes", "", "the references therein"}}},
        ParagraphCase{"AParticipleSayingHowARequestedActionIsDoneIsNoAct",
                      "en",
                      "5. Requests the Secretary-General to review the mission, taking into "
                      "account the advice of the parties;",
                      {{"Requests", "requests", "the Secretary-General", "review the mission"}}},
        ParagraphCase{"ASubjectAndVerbAfterAnAsideInAThatClauseReportWhatWasSaid",
                      "en",
                      "Recalling also that, in its resolution 2286 (XXII), it welcomed the Treaty "
                      "of Tlatelolco,",
                      {{"Recalling", "recalls", "", "it welcomed the Treaty"}}},
        ParagraphCase{"AStanceNounBeforeTheSubjectIsNoVerb",
                      "en",
                      "With steadfast commitment to the health of our people, we also recognize "
                      "that none of us can be safe.",
                      {{"recognize", "recognizes", "", "none of us can be safe"}}},
        ParagraphCase{"ALongActionIsNotCutInsideAList",
                      "en",
                      "Considering that the continued enactment and application of unilateral "
                      "economic, financial or trade measures that are inconsistent with the "
                      "principles of international law and the Charter of the United Nations "
                      "have a negative impact on the capacity of targeted countries to recover "
                      "from the pandemic,",
                      {{"Considering", "considers", "",
                        "the continued enactment and application of unilateral economic, "
                        "financial or trade measures"}}},
        ParagraphCase{"ExpressingItsHopeAndRecalling",
                      "en",
                      "Expressing its hope that the parties will be able to reestablish their "
                      "ceasefire and recalling the proposal of the Secretary-General,",
                      {{"Expressing its hope", "expresses hope", "", "the parties will be able"},
                       {"recalling", "recalls", "", "the proposal of the Secretary-General"}}},
        ParagraphCase{"AClauseOfTheSpeakersOwnAfterASentenceWithNoAct",
                      "en",
                      "The safety of the nuclear facility is paramount and we support the "
                      "efforts of the Agency in this regard.",
                      {{"support", "supports", "", "the efforts of the Agency"}}},
        ParagraphCase{"NoActInAStatementOfFactJoinedToAClause",
                      "en",
                      "These measures are contrary to the Charter, and they therefore have no "
                      "support in international law.",
                      {}},
        ParagraphCase{"AFiniteActCoordinatesWithAnActAfterALinkingVerb",
                      "en",
                      "We remain appalled by the attacks and condemn the violence against "
                      "civilians. We salute the heroism of the people.",
                      {{"remain appalled", "expresses outrage", "", "the attacks"},
                       {"condemn", "condemns", "", "the violence against civilians"},
                       {"salute", "expresses appreciation", "", "the heroism of the people"}}},
        ParagraphCase{"EchoingStressingAndTrusting",
                      "en",
                      "Echoing the belief of the Secretary-General that the responsibility lies "
                      "with the Cypriots, stressing that there now exists an opportunity, and "
                      "trusting that this process will promote reconciliation,",
                      {{"Echoing", "echoes", "", "the belief of the Secretary-General"},
                       {"stressing", "stresses", "", "there now exists an opportunity"},
                       {"trusting", "trusts", "", "this process will promote"}}},
        ParagraphCase{"ConvincedAfterAndWeAre",
                      "en",
                      "That is a record that should be commended, and we are convinced that "
                      "everything must be done to prevent a return to the past.",
                      {{"convinced", "convinced", "", "everything must be done"}}},
        ParagraphCase{"DeclaresGivesWayToAStanceNoun",
                      "en",
                      "2. Declares its firm opposition to acts of foreign military intervention; "
                      "3. Declares that the rights of peoples are inalienable;",
                      {{"Declares opposition", "opposes", "", "acts of foreign military"},
                       {"Declares", "declares", "", "the rights of peoples"}}},
        ParagraphCase{"AParticipleWithItsAgentDoesNotHideTheSubjectsAct",
                      "en",
                      "After decades of atrocities committed by the regime, we stand with the "
                      "people of Syria.",
                      {{"stand with", "expresses solidarity", "", "the people of Syria"}}},
        ParagraphCase{"LentSupportAndHopefulness",
                      "en",
                      "We lend our full support for an inclusive political transition. We are "
                      "hopeful that all parties will respect the rights of all.",
                      {{"support", "supports", "", "an inclusive political transition"},
                       {"hopeful", "expresses hope", "", "all parties will respect"}}},
        ParagraphCase{"AVerbListedInAnInfinitiveIsNoAct",
                      "en",
                      "We emphasize the importance of accountability and will work with partners "
                      "to secure, declare and destroy the remaining stockpiles.",
                      {{"emphasize", "stresses", "", "the importance of accountability"}}},
        ParagraphCase{"AfterARequestsInfinitiveTheSpeakersNextActStands",
                      "en",
                      "We call on Russia to withdraw, reaffirm our support for Ukraine and "
                      "condemn the attacks.",
                      {{"call on", "calls upon", "Russia", "withdraw"},
                       {"reaffirm", "reaffirms", "", "our support for Ukraine"},
                       {"condemn", "condemns", "", "the attacks"}}},
        ParagraphCase{"ContinuingAfterAFutureAuxiliaryIsAnIntention",
                      "en",
                      "We will continue to support the efforts of the Secretary-General.",
                      {}},
        ParagraphCase{"TwoActsSharingOneObject",
                      "en",
                      "We have condemned and raised concerns about these attacks.",
                      {{"condemned", "condemns", "", "these attacks"},
                       {"concerns", "expresses concern", "", "these attacks"}}},
        ParagraphCase{"TwoRequestsSharingAnAddresseeAndAnAction",
                      "en",
                      "Calls upon and urges all States to refrain from such measures;",
                      {{"Calls upon", "calls upon", "all States", "refrain from such measures"},
                       {"urges", "urges", "all States", "refrain from such measures"}}},
        ParagraphCase{
            "APastFormAfterADeterminerAndAnAdverbIsAnAdjective",
            "en",
            "We are determined to support an independent, democratic Ukraine within its "
            "internationally recognized borders.",
            {{"determined", "determined", "", "support an independent, democratic Ukraine"}}},
        ParagraphCase{"TakingNoteWithConcernIsConcern",
                      "en",
                      "Take note with concern of the rising tensions in the Caribbean;",
                      {{"Take note with concern", "expresses concern", "", "the rising tensions"}}},
        ParagraphCase{"DeeplyTroubledIsConcern",
                      "en",
                      "Deeply troubled by the lethal strikes carried out since September,",
                      {{"troubled", "expresses concern", "", "the lethal strikes"}}},
        ParagraphCase{"ModalAfterADemonstrativeSubject",
                      "en",
                      "Iran risks provoking an uncontrollable regional escalation. This must be "
                      "avoided.",
                      {{"must", "must", "", "This be avoided"}}},
        ParagraphCase{"ThatClauseSubjectWithItsProxies",
                      "en",
                      "We demand that Iran and its proxies cease their attacks.",
                      {{"demand", "demands", "Iran and its proxies", "cease their attacks"}}},
        ParagraphCase{"ReportedSpeech",
                      "en",
                      "The Movement called on the United States to withdraw its military assets "
                      "from the Caribbean.",
                      {{"called on", "calls upon", "the United States",
                        "withdraw its military assets from the Caribbean"}}},
        ParagraphCase{"PreambularParticipleWithStanceNoun",
                      "en",
                      "Expressing deep concern at the growing military build-up in the Caribbean,",
                      {{"concern", "expresses concern", "", "the growing military build-up"}}},
        ParagraphCase{"LightVerbGivesWayToTheCall",
                      "en",
                      "Reiterates its call upon all States to refrain from promulgating such laws;",
                      {{"call upon", "calls upon", "all States", "refrain from promulgating"}}},
        ParagraphCase{"NegatedAct",
                      "en",
                      "Does not recognize the unilateral measures imposed on the region;",
                      {{"recognize", "recognizes", "", "the unilateral measures", true}}},
        ParagraphCase{"NegatedAction",
                      "en",
                      "Urges all States not to adopt unilateral coercive measures;",
                      {{"Urges", "urges", "all States", "adopt unilateral", true}}},
        ParagraphCase{"NeitherNor",
                      "en",
                      "Calls upon all Member States neither to recognize those measures nor to "
                      "apply them;",
                      {{"Calls upon", "calls upon", "all Member States", "recognize", true}}},
        ParagraphCase{"TwoDemandsInOneSentence",
                      "en",
                      "Condemns the strikes on fishing boats, and calls upon all parties to "
                      "exercise restraint;",
                      {{"Condemns", "condemns", "", "the strikes on fishing boats"},
                       {"calls upon", "calls upon", "all parties", "exercise restraint"}}},
        ParagraphCase{"CoordinatedVerbs",
                      "en",
                      "Recalls and reaffirms its resolution 78/7;",
                      {{"Recalls", "recalls", "", ""},
                       {"reaffirms", "reaffirms", "", "its resolution 78/7"}}},
        ParagraphCase{"CoordinatedParticiples",
                      "en",
                      "Noting the report of the Secretary-General, and reaffirming the principle "
                      "of non-intervention,",
                      {{"Noting", "notes", "", "the report of the Secretary-General"},
                       {"reaffirming", "reaffirms", "", "the principle of non-intervention"}}},
        ParagraphCase{"WeCommunique",
                      "en",
                      "We condemn the attacks and we urge all countries with influence to help "
                      "end the crisis.",
                      {{"condemn", "condemns", "", "the attacks"},
                       {"urge", "urges", "all countries with influence", "help end the crisis"}}},
        ParagraphCase{"MinistersExpressed",
                      "en",
                      "Ministers expressed their solidarity with the people of Venezuela.",
                      {{"solidarity", "expresses solidarity", "", "the people of Venezuela"}}},
        ParagraphCase{"AdjectiveAfterCopula",
                      "en",
                      "CARICOM remains willing to assist towards that objective.",
                      {{"remains willing", "stands ready", "", "assist towards that objective"}}},
        ParagraphCase{"ModalWithoutSpeakerVerb",
                      "en",
                      "Extra-regional military assets must be withdrawn.",
                      {{"must", "must", "", "Extra-regional military assets be withdrawn"}}},
        ParagraphCase{"ModalNamesItsSubject",
                      "en",
                      "The United States must halt such attacks.",
                      {{"must", "must", "The United States", "halt such attacks"}}},
        ParagraphCase{"ActInsideAnotherActsObjectIsNotAnAct",
                      "en",
                      "Recalling resolution 70/1, in which States are strongly urged to refrain "
                      "from unilateral measures,",
                      {{"Recalling", "recalls", "", "resolution 70/1"}}},
        ParagraphCase{"ShouldInsideAReaffirmedProposition",
                      "en",
                      "Reaffirms that differences between States should be settled peacefully;",
                      {{"Reaffirms", "reaffirms", "", "differences between States"}}},
        ParagraphCase{
            "FutureIntentionIsNotAnAct", "en", "We will continue to work with all partners.", {}},
        ParagraphCase{"PassiveRequest",
                      "en",
                      "The Secretary-General is requested to report on the implementation of "
                      "this resolution.",
                      {{"requested", "requests", "The Secretary-General", "report on"}}},
        ParagraphCase{"AddresseeBeforeAParenthetical",
                      "en",
                      "Requests the Secretary-General, in consultation with the appropriate "
                      "organs, to prepare a report;",
                      {{"Requests", "requests", "the Secretary-General", "prepare a report"}}},
        ParagraphCase{"AddresseeWithARelativeClause",
                      "en",
                      "Once again urges States that have and continue to apply such laws to take "
                      "the steps necessary to repeal them;",
                      {{"urges", "urges", "States that have and continue to apply such laws",
                        "take the steps necessary"}}},
        ParagraphCase{"InfinitiveListIsOneAct",
                      "en",
                      "Encourages States to ratify, accept, approve or accede to the Convention;",
                      {{"Encourages", "encourages", "States", "ratify"}}},
        ParagraphCase{"DemandsThat",
                      "en",
                      "Demands that all parties immediately cease hostilities;",
                      {{"Demands", "demands", "all parties", "immediately cease hostilities"}}}));

INSTANTIATE_TEST_SUITE_P(
    Spanish, ExtractDemandsTest,
    ::testing::Values(
        ParagraphCase{"OperativeParagraph",
                      "es",
                      "Exhorta a los Estados Unidos de América a poner fin a sus ataques aéreos;",
                      {{"Exhorta", "calls upon", "los Estados Unidos de América",
                        "poner fin a sus ataques aéreos"}}},
        ParagraphCase{"ReportedSpeech",
                      "es",
                      "El Movimiento exhortó al gobierno de Estados Unidos a retirar sus activos "
                      "militares de la región.",
                      {{"exhortó", "calls upon", "gobierno de Estados Unidos",
                        "retirar sus activos militares"}}},
        ParagraphCase{"PreambularParticiple",
                      "es",
                      "Expresando profunda preocupación por la escalada militar en el Caribe,",
                      {{"preocupación", "expresses concern", "", "la escalada militar"}}},
        ParagraphCase{"StanceNounAlone",
                      "es",
                      "profunda preocupación",
                      {{"preocupación", "expresses concern", "", ""}}},
        ParagraphCase{"Negation",
                      "es",
                      "El Buró no reconoce las medidas coercitivas unilaterales.",
                      {{"reconoce", "recognizes", "", "las medidas coercitivas", true}}},
        ParagraphCase{"SeveralActsFirstPersonPlural",
                      "es",
                      "Rechazamos el uso de la fuerza y exhortamos a todas las partes a entablar "
                      "un diálogo.",
                      {{"Rechazamos", "rejects", "", "el uso de la fuerza"},
                       {"exhortamos", "calls upon", "todas las partes", "entablar un diálogo"}}},
        ParagraphCase{"SubjectThenTwoActs",
                      "es",
                      "El Grupo de Amigos reafirma su inquebrantable solidaridad con el pueblo "
                      "venezolano, y exhorta al gobierno de Estados Unidos a desescalar sus "
                      "acciones.",
                      {{"reafirma", "reaffirms", "", "su inquebrantable solidaridad"},
                       {"exhorta", "calls upon", "gobierno de Estados Unidos", "desescalar"}}},
        ParagraphCase{"RequestWithQue",
                      "es",
                      "Pide al Secretario General que presente un informe;",
                      {{"Pide", "requests", "Secretario General", "presente un informe"}}},
        ParagraphCase{"ModalPassive",
                      "es",
                      "debe evitarse a toda costa",
                      {{"debe", "must", "", "evitarse a toda costa"}}}));

INSTANTIATE_TEST_SUITE_P(
    French, ExtractDemandsTest,
    ::testing::Values(
        ParagraphCase{
            "OperativeParagraph",
            "fr",
            "Exhorte les États-Unis d'Amérique à cesser leurs frappes aériennes ;",
            {{"Exhorte", "urges", "les États-Unis d'Amérique", "cesser leurs frappes aériennes"}}},
        ParagraphCase{"ReportedSpeechPasseCompose",
                      "fr",
                      "Le Mouvement a exhorté les États-Unis à retirer leurs moyens militaires de "
                      "la région et a réaffirmé son soutien à la Zone de paix.",
                      {{"exhorté", "urges", "les États-Unis", "retirer leurs moyens militaires"},
                       {"réaffirmé", "reaffirms", "", "son soutien à la Zone de paix"}}},
        ParagraphCase{"PreambularAdjective",
                      "fr",
                      "Profondément préoccupée par le déploiement militaire dans les Caraïbes,",
                      {{"préoccupée", "expresses concern", "", "le déploiement militaire"}}},
        ParagraphCase{
            "Negation",
            "fr",
            "Ne reconnaît pas les mesures unilatérales prises en violation de la Charte ;",
            {{"reconnaît", "recognizes", "", "les mesures unilatérales", true}}},
        ParagraphCase{
            "NousCommunique",
            "fr",
            "Nous condamnons l'escalade militaire et nous appelons toutes les parties à "
            "faire preuve de retenue.",
            {{"condamnons", "condemns", "", "l'escalade militaire"},
             {"appelons", "calls upon", "toutes les parties", "faire preuve de retenue"}}},
        ParagraphCase{"RequestWithDe",
                      "fr",
                      "Demande à tous les États de s'abstenir de toute action hostile ;",
                      {{"Demande", "requests", "tous les États", "s'abstenir de toute action"}}},
        ParagraphCase{
            "NegatedAction",
            "fr",
            "Engage vivement toutes les parties à ne pas recourir à la force ;",
            {{"Engage vivement", "urges", "toutes les parties", "ne pas recourir", true}}},
        ParagraphCase{"ModalRelativeClause",
                      "fr",
                      "débordement qui doit être évité à tout prix",
                      {{"doit", "must", "", "débordement être évité"}}}));

// "..., and will work to ...": the speaker's intention after the action is no part of it.
TEST(ExtractDemands, AnIntentionAfterTheActionIsNoPartOfIt) {
  const auto demands = extract_demands(
      "We acknowledge the risk of carbon leakage, and will work collaboratively to address it.",
      "en", lexicon());
  ASSERT_EQ(demands.size(), 1u);
  EXPECT_EQ(demands[0].action, "the risk of carbon leakage");
}

TEST(ExtractDemands, ReportsQualifiersAndHedges) {
  const auto demands = extract_demands(
      "Encourages all States to share information, as appropriate, in accordance with "
      "international law;",
      "en", lexicon());
  ASSERT_EQ(demands.size(), 1u);
  const auto& q = demands[0].qualifiers;
  EXPECT_NE(std::find(q.begin(), q.end(), "all"), q.end());
  EXPECT_NE(std::find(q.begin(), q.end(), "as appropriate"), q.end());
  EXPECT_NE(std::find(q.begin(), q.end(), "in accordance with international law"), q.end());
  EXPECT_EQ(demands[0].action, "share information");
}

TEST(ExtractDemands, StrengthOrdersTheRequestFamily) {
  auto strength = [](const char* text) {
    const auto d = extract_demands(text, "en", lexicon());
    return d.empty() ? -1 : d[0].strength;
  };
  EXPECT_LT(strength("Invites States to act;"), strength("Encourages States to act;"));
  EXPECT_LT(strength("Encourages States to act;"), strength("Calls upon States to act;"));
  EXPECT_LT(strength("Calls upon States to act;"), strength("Urges States to act;"));
  EXPECT_LT(strength("Urges States to act;"), strength("Demands that States act;"));
  EXPECT_LT(strength("Notes the report;"), strength("Welcomes the report;"));
  EXPECT_LT(strength("Expresses concern at the strikes;"), strength("Deplores the strikes;"));
  EXPECT_LT(strength("Deplores the strikes;"), strength("Condemns the strikes;"));
}

// "agree to" binds the speakers to an action; "agree that" and "agree on" state a position.
TEST(ExtractDemands, AgreeingToActCommitsWhileAgreeingThatStatesAPosition) {
  const auto family = [](const char* text, const char* language) {
    const auto d = extract_demands(text, language, lexicon());
    return d.empty() ? std::string("(none)") : d[0].family;
  };
  EXPECT_EQ(family("We agree to establish a working group on maritime security.", "en"),
            "commitment");
  EXPECT_EQ(family("We agree that the Charter must be respected by all States.", "en"),
            "affirmation");
  EXPECT_EQ(family("We further agreed on the need to strengthen cooperation.", "en"),
            "affirmation");
  EXPECT_EQ(family("Coincidimos en que el diálogo es el único camino hacia la paz.", "es"),
            "affirmation");
  EXPECT_EQ(family("We commit to support the efforts of the Secretary-General.", "en"),
            "commitment");
}

// What stands before a clause's subject may hold act words that are no verbs there: a
// participle, a title after its article.
TEST(ExtractDemands, AParticipleOrATitleBeforeTheSubjectLeavesTheMainActFound) {
  const auto only = [](const char* text, const char* language) {
    const auto d = extract_demands(text, language, lexicon());
    return d.size() == 1 ? d[0].lemma + " | " + d[0].addressee + " | " + d[0].action
                         : std::to_string(d.size()) + " acts";
  };
  EXPECT_EQ(only("After reaffirming its commitment to the Proclamation, the Group calls upon all "
                 "States to respect it.",
                 "en"),
            "calls upon | all States | respect it");
  EXPECT_EQ(only("Ante la reunión con la Proclama, el Grupo exhorta a todos los Estados a respetar "
                 "la Proclama.",
                 "es"),
            "calls upon | todos los Estados | respetar la Proclama");
}

Statement statement_of(const std::string& language,
                       const std::vector<std::pair<std::string, std::string>>& paragraphs) {
  Statement s;
  s.id = "test";
  s.language = language;
  for (const auto& [label, text] : paragraphs) {
    Paragraph p;
    p.ordinal = s.paragraphs.size();
    p.label = label;
    p.text = text;
    p.kind = classify_paragraph(text, label, BlockHint::None);
    s.paragraphs.push_back(p);
  }
  return s;
}

// The action of a paragraph holding one act ("" when it holds another number of acts).
std::string only_action(std::string_view text, const std::string& language) {
  const auto demands = extract_demands(text, language, lexicon());
  EXPECT_EQ(demands.size(), 1u) << text;
  return demands.size() == 1 ? demands[0].action : std::string();
}

// An aside after a dash that runs to the end of the sentence is not what is asked; one
// between two dashes is part of it.
TEST(ExtractDemands, ActionStopsAtAnAsideAfterADash) {
  EXPECT_EQ(only_action("Reafirma su inquebrantable solidaridad con el Pueblo de Venezuela "
                        "\u2014miembro fundador de nuestra agrupaci\u00f3n.",
                        "es"),
            "su inquebrantable solidaridad con el Pueblo de Venezuela");
  EXPECT_EQ(only_action("Calls upon all States \u2014 in particular those of the region \u2014 "
                        "to respect the zone of peace;",
                        "en"),
            "respect the zone of peace");
}

// What an act is concerned with follows the clause put in front of its subject.
TEST(ExtractDemands, ActionSkipsAClauseBeforeTheSubjectOfAThatClause) {
  EXPECT_EQ(only_action("Concerned that, since the adoption of its resolutions 47/19, 48/16 and "
                        "49/9, the embargo against Cuba is still in place,",
                        "en"),
            "the embargo against Cuba is still in place");
  EXPECT_EQ(only_action("Acknowledging that, while important progress has been made, Haiti "
                        "continues to face significant humanitarian challenges,",
                        "en"),
            "Haiti continues to face significant humanitarian challenges");
  EXPECT_EQ(only_action("Recalls that, according to the Declaration on Principles of "
                        "International Law, no State may coerce another State;",
                        "en"),
            "no State may coerce another State");
  // Without a comma before a determiner or a name the clause is the object, as it stands.
  EXPECT_EQ(only_action("Noting that since 2 September at least fifteen strikes have been "
                        "reported,",
                        "en"),
            "since 2 September at least fifteen strikes have been reported");
}

// An adjunct ends an action, but a second action coordinated after it is still asked.
TEST(ExtractDemands, ActionGoesOnPastAnAdjunctToACoordinatedAction) {
  EXPECT_EQ(only_action("Requests the Secretary-General to prepare a report on the "
                        "implementation of the present resolution in the light of the purposes "
                        "of the Charter and to submit it to the General Assembly at its "
                        "eightieth session;",
                        "en"),
            "prepare a report on the implementation of the present resolution and submit it to "
            "the General Assembly at its eightieth session");
  // "and to the General Assembly" names a second recipient, not a second action.
  EXPECT_EQ(only_action("Requests the Secretary-General to transmit the report in accordance "
                        "with rule 12 and to the General Assembly;",
                        "en"),
            "transmit the report");
  // Without an adjunct the action ran on by itself.
  EXPECT_EQ(
      only_action("Calls upon all States to refrain from such measures and to repeal them;", "en"),
      "refrain from such measures and to repeal them");
}

TEST(ExtractDemands, AnActionCutForLengthEndsOnAContentWord) {
  // Thirty words without a comma to cut at: the cut falls inside "of the kind", and the
  // action ends before "of the" rather than on them.
  const std::string object =
      "declarations and resolutions of different intergovernmental forums and all bodies that "
      "express the "
      "rejection by the international community and public opinion of the promulgation and "
      "application of measures of the kind referred to";
  const std::string action = only_action("Taking note of " + object + ";", "en");
  EXPECT_TRUE(object.starts_with(action)) << action;
  EXPECT_TRUE(action.ends_with("of measures")) << action;
}

TEST(ExtractDemands, TheReportersWordsAfterAQuotationAreNoPartOfTheAction) {
  EXPECT_EQ(only_action("\u201cWe condemn these attacks,\u201d the experts said.", "en"),
            "these attacks");
  EXPECT_EQ(only_action("\"We urge the Government to halt the strikes immediately\", the "
                        "Foreign Minister told reporters.",
                        "en"),
            "halt the strikes immediately");
  EXPECT_EQ(only_action("Lethal attacks on boats raise grave concerns about the commission of "
                        "potential international crimes, UN experts warned today.",
                        "en"),
            "the commission of potential international crimes");
}

TEST(ExtractDemands, AnAsideBetweenCommasDoesNotEndTheAction) {
  EXPECT_EQ(only_action("Urges the Government of the United States to abstain from any action, "
                        "whether open or clandestine, intended to bring about a change of "
                        "government;",
                        "en"),
            "abstain from any action, whether open or clandestine, intended to bring about a "
            "change of government");
}

TEST(ExtractDemands, AColonInsideAQuotedTitleEndsNoClause) {
  const auto demands = extract_demands(
      "Reaffirming the outcome document entitled \u201cThe Antigua and Barbuda Agenda for Small "
      "Island Developing States: A Renewed Declaration for Resilient Prosperity\u201d, as well as "
      "other relevant declarations,",
      "en", lexicon());
  ASSERT_EQ(demands.size(), 1u);
  EXPECT_EQ(demands[0].qualifiers, std::vector<std::string>{"relevant"});
}

TEST(ExtractDemands, AnOperativeParagraphContinuingAnActHoldsThatActOnly) {
  // "Continues" opens an operative paragraph, and "Continues to urge" is one act: urging.
  const Statement statement =
      statement_of("en", {{"16.",
                           "Continues to urge the leaders of both communities to agree a plan of "
                           "work to achieve a mine-free Cyprus;"}});
  ASSERT_EQ(statement.paragraphs[0].kind, ParagraphKind::Operative);
  const auto demands = extract_demands(statement, lexicon());
  ASSERT_EQ(demands.size(), 1u);
  EXPECT_EQ(demands[0].act, "Continues to urge");
  EXPECT_EQ(demands[0].lemma, "urges");
}

TEST(ExtractDemands, AnOperativeVerbOutsideTheLexiconIsStillAnAct) {
  const Statement statement =
      statement_of("en", {{"4.",
                           "Gives its full support to the carefully balanced plan of the "
                           "Secretary-General;"}});
  ASSERT_EQ(statement.paragraphs[0].kind, ParagraphKind::Operative);
  const auto demands = extract_demands(statement, lexicon());
  ASSERT_EQ(demands.size(), 1u);
  EXPECT_EQ(demands[0].act, "Gives");
  EXPECT_TRUE(demands[0].action.starts_with("its full support")) << demands[0].action;
}

TEST(ExtractDemands, SeveralStatementsSharingParagraphsGiveEachItsOwnActs) {
  // Two versions repeat a paragraph at different places: read once, its acts still name
  // each statement's own paragraph.
  const Statement first = statement_of(
      "en", {{"1.", "Calls upon all States to refrain;"}, {"2.", "Welcomes the report;"}});
  const Statement second = statement_of("en", {{"1.", "Welcomes the report;"},
                                               {"2.", "Notes the new plan;"},
                                               {"3.", "Calls upon all States to refrain;"}});
  const auto together = extract_demands(std::vector<Statement>{first, second}, lexicon());
  ASSERT_EQ(together.size(), 2u);
  EXPECT_EQ(together[0], extract_demands(first, lexicon()));
  EXPECT_EQ(together[1], extract_demands(second, lexicon()));
  ASSERT_EQ(together[1].size(), 3u);
  EXPECT_EQ(together[1][2].paragraph, 2u);
  EXPECT_EQ(together[1][2].action_paragraph, 2u);
}

TEST(ExtractDemands, VersionsSharingAListReadEachItemWithItsOwnActionVerb) {
  // Paragraphs both versions hold are read once for both: the items of a shared list still
  // give each statement one act per item, each named by its own verb.
  const std::vector<std::pair<std::string, std::string>> list = {
      {"9.", "Calls upon the United States of America:"},
      {"(a)", "To cease its air strikes on small vessels;"},
      {"(b)", "To refrain from any further hostile actions;"}};
  const Statement first = statement_of("en", list);
  auto longer = list;
  longer.insert(longer.begin(), {"8.", "Welcomes the report of the Secretary-General;"});
  const Statement second = statement_of("en", longer);
  const auto together =
      extract_demands(std::vector<Statement>{first, second}, lexicon(), ListItems::Each);
  ASSERT_EQ(together.size(), 2u);
  EXPECT_EQ(together[0], extract_demands(first, lexicon(), ListItems::Each));
  EXPECT_EQ(together[1], extract_demands(second, lexicon(), ListItems::Each));
  ASSERT_EQ(together[1].size(), 3u);
  EXPECT_EQ(together[1][1].action_verb, "stop");
  EXPECT_EQ(together[1][2].action_verb, "refrain");
  EXPECT_EQ(together[1][2].action_paragraph, 3u);
}

TEST(ExtractDemands, AConditionBeforeTheSubjectIsNoPartOfTheAction) {
  EXPECT_EQ(only_action("Warns that, should the Bolivarian Republic of Venezuela come under "
                        "direct armed attack, the consequences would risk a spill-over effect;",
                        "en"),
            "the consequences would risk a spill-over effect");
  EXPECT_EQ(only_action("Stresses that States should refrain from such measures;", "en"),
            "States should refrain from such measures");
}

TEST(ExtractDemands, AnEllipsisCuttingAQuotationEndsTheAction) {
  for (const char* ellipsis : {"\u2026", "..."}) {
    const std::string text = std::string(
                                 "The Coordinating Bureau categorically condemns the act of "
                                 "aggression perpetrated by the United States") +
                             ellipsis + " [these] constitute an act of war.";
    EXPECT_EQ(only_action(text, "en"), "the act of aggression perpetrated by the United States")
        << text;
  }
}

TEST(ExtractDemands, SubItemsGiveTheActionOfAColonParagraph) {
  const Statement s = statement_of("en", {{"9.", "Calls upon the United States of America:"},
                                          {"(a)", "To cease its air strikes on small vessels;"},
                                          {"(b)", "To refrain from any further hostile actions;"}});
  const auto demands = extract_demands(s, lexicon());
  ASSERT_EQ(demands.size(), 1u);
  EXPECT_EQ(demands[0].paragraph, 0u);
  EXPECT_EQ(demands[0].addressee, "the United States of America");
  EXPECT_EQ(demands[0].action, "cease its air strikes on small vessels");
}

TEST(ExtractDemands, TheItemGivingAColonParagraphItsActionIsItsActionParagraph) {
  const Statement s = statement_of("en", {{"9.", "Calls upon the United States of America:"},
                                          {"(a)", "To cease its air strikes on small vessels;"}});
  const auto demands = extract_demands(s, lexicon());
  ASSERT_EQ(demands.size(), 1u);
  EXPECT_EQ(demands[0].paragraph, 0u);
  EXPECT_EQ(demands[0].action_paragraph, 1u);
}

TEST(ExtractDemands, EachItemOfAColonListIsAThingAskedWhenAskedFor) {
  const Statement s =
      statement_of("en", {{"9.", "Calls upon the United States of America:"},
                          {"(a)", "To cease its air strikes on small vessels;"},
                          {"(b)", "To refrain from any further hostile actions;"},
                          {"10.", "Warns that the consequences would risk a spill-over effect;"}});
  // As acts are counted: one act, the first item's action.
  ASSERT_EQ(extract_demands(s, lexicon()).size(), 2u);
  const auto demands = extract_demands(s, lexicon(), ListItems::Each);
  ASSERT_EQ(demands.size(), 3u);
  for (std::size_t item = 0; item < 2; ++item) {
    EXPECT_EQ(demands[item].paragraph, 0u);
    EXPECT_EQ(demands[item].action_paragraph, item + 1);
    EXPECT_EQ(demands[item].lemma, "calls upon");
    EXPECT_EQ(demands[item].addressee, "the United States of America");
  }
  EXPECT_EQ(demands[0].action, "cease its air strikes on small vessels");
  EXPECT_EQ(demands[1].action, "refrain from any further hostile actions");
  EXPECT_EQ(demands[1].action_verb, "refrain");
  // "10." goes on with the numbered paragraphs: its own act, no item of the list.
  EXPECT_EQ(demands[2].paragraph, 3u);
  EXPECT_EQ(demands[2].lemma, "warns");
}

TEST(ExtractDemands, NumberedItemsAfterAColonAreItsListToo) {
  // Lists are read as alignment reads them (end_of_list): items labelled like the first.
  const Statement s = statement_of("en", {{"", "The Council calls upon all parties:"},
                                          {"1.", "To respect the ceasefire;"},
                                          {"2.", "To release all detainees;"}});
  const auto demands = extract_demands(s, lexicon(), ListItems::Each);
  ASSERT_EQ(demands.size(), 2u);
  EXPECT_EQ(demands[0].action, "respect the ceasefire");
  EXPECT_EQ(demands[1].action, "release all detainees");
  EXPECT_EQ(demands[1].action_paragraph, 2u);
}

struct ActionVerbCase {
  const char* language;
  const char* text;
  const char* verb;    // "" when the action opens with no verb of a group
  const char* object;  // checked when verb is not empty
};

void PrintTo(const ActionVerbCase& c, std::ostream* os) { *os << c.text; }

class ActionVerbTest : public ::testing::TestWithParam<ActionVerbCase> {};

TEST_P(ActionVerbTest, NamesTheGroupOfTheVerbTheActionOpensWithAndItsObject) {
  const ActionVerbCase& c = GetParam();
  const auto demands = extract_demands(c.text, c.language, lexicon());
  ASSERT_EQ(demands.size(), 1u) << c.text;
  EXPECT_EQ(demands[0].action_verb, c.verb) << demands[0].action;
  if (*c.verb != '\0') {
    EXPECT_EQ(demands[0].action_object, c.object);
  }
}

INSTANTIATE_TEST_SUITE_P(
    ExtractDemands, ActionVerbTest,
    ::testing::Values(
        ActionVerbCase{"en", "Calls upon the United States to cease its air strikes;", "stop",
                       "its air strikes"},
        ActionVerbCase{"en", "Urges the immediate halt of the lethal strikes on boats;", "stop",
                       "the lethal strikes on boats"},
        ActionVerbCase{"en", "Calls for an end to the blockade;", "stop", "the blockade"},
        ActionVerbCase{"en", "Calls upon Russia to immediately withdraw its forces;", "withdraw",
                       "its forces"},
        ActionVerbCase{"en", "Welcomes the end date of the mandate;", "", ""},
        ActionVerbCase{"en", "Calls upon all States to strengthen cooperation;", "", ""},
        ActionVerbCase{"es", "Exige el cese inmediato de los ataques contra embarcaciones;", "stop",
                       "los ataques contra embarcaciones"},
        ActionVerbCase{"es", "Exhorta a los Estados Unidos a poner fin a su despliegue militar;",
                       "stop", "su despliegue militar"},
        ActionVerbCase{"fr", "Exige l'arrêt immédiat des frappes;", "stop", "frappes"}));

TEST(ExtractDemands, ParagraphIndexAndUnknownPreambularParticiples) {
  const Statement s =
      statement_of("en", {{"", "The Security Council,"},
                          {"", "Acting under Chapter VII of the Charter of the United Nations,"},
                          {"1.", "Decides to extend the mandate until 31 January 2027;"}});
  const auto demands = extract_demands(s, lexicon());
  ASSERT_EQ(demands.size(), 2u);
  EXPECT_EQ(demands[0].paragraph, 1u);
  EXPECT_EQ(demands[0].act, "Acting");
  EXPECT_EQ(demands[0].family, "other");
  EXPECT_EQ(demands[1].paragraph, 2u);
  EXPECT_EQ(demands[1].lemma, "decides");
  EXPECT_EQ(demands[1].family, "decision");
}

TEST(ExtractDemands, UnknownLanguageTriesEveryLexicon) {
  const Statement s = statement_of("", {{"1.", "Condena la escalada militar en el Caribe;"},
                                        {"2.",
                                         "Exhorta a todos los Estados a respetar la Zona "
                                         "de Paz;"}});
  const auto demands = extract_demands(s, lexicon());
  ASSERT_EQ(demands.size(), 2u);
  EXPECT_EQ(demands[1].addressee, "todos los Estados");
}

TEST(ExtractDemands, EmptyLexiconFindsNothing) {
  EXPECT_TRUE(extract_demands("Calls upon all States to act;", "en", SpeechActLexicon()).empty());
}

TEST(SpeechActLexicon, ActWithoutLemmaIsADataError) {
  LanguageLexicon l;
  l.language = "en";
  l.acts.push_back(SpeechActDefinition{});
  EXPECT_THROW(SpeechActLexicon({l}), DataError);
}

TEST(SpeechActLexicon, BuiltFromDataWithoutFiles) {
  LanguageLexicon l;
  l.language = "en";
  SpeechActDefinition urges;
  urges.lemma = "urges";
  urges.family = "request";
  urges.strength = 4;
  urges.takes_addressee = true;
  urges.present = {"urges"};
  l.acts.push_back(urges);
  l.action_markers = {"to"};
  l.addressee_heads = {"parties"};
  const SpeechActLexicon lex({l});
  EXPECT_EQ(lex.languages(), std::vector<std::string>{"en"});
  const auto d = extract_demands("Urges the parties to talk;", "en", lex);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].addressee, "the parties");
  EXPECT_EQ(d[0].action, "talk");
}

TEST(LexiconLoader, ShippedLexiconsHoldEnglishSpanishAndFrench) {
  const auto languages = lexicon().languages();
  EXPECT_EQ(languages, (std::vector<std::string>{"en", "es", "fr"}));
}

TEST(LexiconLoader, ShippedLexiconsOfGivenLanguagesOnlyWhenEachHasOne) {
  EXPECT_EQ(shipped_speech_act_lexicon({"en", "en"}).languages(), std::vector<std::string>{"en"});
  EXPECT_EQ(shipped_speech_act_lexicon({"fr", "es"}).languages(),
            (std::vector<std::string>{"es", "fr"}));
  // A statement in a language without a lexicon, or of unknown language, is read with all.
  const std::vector<std::string> all{"en", "es", "fr"};
  EXPECT_EQ(shipped_speech_act_lexicon({"en", "de"}).languages(), all);
  EXPECT_EQ(shipped_speech_act_lexicon({"en", ""}).languages(), all);
  EXPECT_EQ(shipped_speech_act_lexicon({}).languages(), all);
}

TEST(LexiconLoader, MalformedYamlNamesFileAndLine) {
  const testing::TempDir dir;
  const auto path = dir.write("xx.yaml", "language: xx\nacts:\n  - lemma: [unclosed\n");
  try {
    static_cast<void>(read_language_lexicon(path));
    FAIL() << "no error";
  } catch (const DataError& e) {
    EXPECT_NE(std::string(e.what()).find(path.string() + ":"), std::string::npos) << e.what();
  }
}

TEST(LexiconLoader, ActionVerbsMapANameToItsForms) {
  const testing::TempDir dir;
  const auto good = dir.write("xx.yaml",
                              "language: xx\naction_verbs:\n  stop: [cease, halt]\n"
                              "  withdraw: [withdraw]\naction_verb_links: [of]\n");
  const LanguageLexicon read = read_language_lexicon(good);
  ASSERT_EQ(read.action_verbs.size(), 2u);
  EXPECT_EQ(read.action_verbs[0].name, "stop");
  EXPECT_EQ(read.action_verbs[0].forms, (std::vector<std::string>{"cease", "halt"}));
  EXPECT_EQ(read.action_verb_links, (std::vector<std::string>{"of"}));

  const auto bad = dir.write("yy.yaml", "language: yy\naction_verbs: [cease, halt]\n");
  try {
    static_cast<void>(read_language_lexicon(bad));
    FAIL() << "no error";
  } catch (const DataError& e) {
    EXPECT_NE(std::string(e.what()).find(bad.string() + ":2: 'action_verbs' must map"),
              std::string::npos)
        << e.what();
  }
}

TEST(LexiconLoader, UnknownKeyNamesItsLine) {
  const testing::TempDir dir;
  const auto path = dir.write("xx.yaml",
                              "language: xx\nacts:\n  - lemma: urges\n    family: request\n"
                              "    presnet: [urges]\n");
  try {
    static_cast<void>(read_language_lexicon(path));
    FAIL() << "no error";
  } catch (const DataError& e) {
    EXPECT_NE(std::string(e.what()).find(path.string() + ":5: unknown key 'presnet'"),
              std::string::npos)
        << e.what();
  }
}

TEST(LexiconLoader, ActWithoutLemmaAndMissingFolder) {
  const testing::TempDir dir;
  const auto path = dir.write("xx.yaml", "language: xx\nacts:\n  - family: request\n");
  EXPECT_THROW(static_cast<void>(read_language_lexicon(path)), DataError);
  EXPECT_THROW(static_cast<void>(read_speech_act_lexicon(dir.path() / "none")), EnvironmentError);
}

// A pronoun ending an action is its object ("respect it"); one after a coordinator is the
// subject of what follows (", and we").
TEST(ExtractDemands, AnObjectPronounEndsTheActionButASubjectAfterAndDoesNot) {
  EXPECT_EQ(only_action("Urges all States to respect it.", "en"), "respect it");
  EXPECT_EQ(only_action("Urges all States to respect the Charter, and we", "en"),
            "respect the Charter");
}

// A participle set off right after the subject is the subject's act, and the verb after the
// comma closing it is its main act: "El Grupo ..., al rechazar ..., reitera".
TEST(ExtractDemands, AParticipleSetOffAfterTheSubjectAndTheMainVerbAreBothActs) {
  const auto lemmas = [](const char* text, const char* language) {
    std::string out;
    for (const Demand& d : extract_demands(text, language, lexicon()))
      out += (out.empty() ? "" : ", ") + d.lemma;
    return out;
  };
  EXPECT_EQ(lemmas("El Grupo de Amigos en Defensa de la Carta de las Naciones Unidas, al rechazar "
                   "cualquier intento por imponer la dominación, exhorta a todos los Estados a "
                   "respetar la Carta.",
                   "es"),
            "rejects, calls upon");
  EXPECT_EQ(lemmas("The Group, recognizing the importance of dialogue, calls upon all States to "
                   "settle their disputes peacefully.",
                   "en"),
            "recognizes, calls upon");
  EXPECT_EQ(lemmas("The Security Council, recalling its previous resolutions, reaffirming its "
                   "commitment to the sovereignty of Haiti, decides to extend the mandate.",
                   "en"),
            "recalls, reaffirms, decides");
  EXPECT_EQ(lemmas("Al reafirmar su compromiso con la Proclama, el Grupo exhorta a todos los "
                   "Estados a respetarla.",
                   "es"),
            "reaffirms, calls upon");
  // Neither a sentence adverb nor a clause with a verb of its own is a subject.
  EXPECT_EQ(lemmas("However, condemning them is not enough.", "en"), "");
  EXPECT_EQ(lemmas("He records astronauts experiencing awe, appreciating Earth much more.", "en"),
            "");
}

// "repeat our call" is a light verb and its stance noun, as "reiterate our call" is.
TEST(ExtractDemands, RepeatingACallIsTheCall) {
  const auto d = extract_demands(
      "We repeat our call for third parties to immediately cease providing material support to "
      "Russia's aggression.",
      "en", lexicon());
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].lemma, "calls upon");
  EXPECT_EQ(d[0].addressee, "third parties");
  EXPECT_TRUE(d[0].action.starts_with("immediately cease providing material support"))
      << d[0].action;
}

// A coordinated clause with its own subject opens with any finite act, whatever the shape of
// the act before it (here a stance noun).
TEST(ExtractDemands, AClauseWithItsOwnSubjectAfterAndHoldsItsOwnAct) {
  const auto d = extract_demands(
      "Our commitment remains to restrict exports of all items critical to its military base "
      "and we call on third parties to take equivalent action.",
      "en", lexicon());
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d[0].lemma, "commits");
  EXPECT_EQ(d[1].lemma, "calls upon");
  EXPECT_EQ(d[1].addressee, "third parties");
  EXPECT_EQ(d[1].action, "take equivalent action");
}

// "As far as X are concerned," names a topic: the adjective "concerned" in it is no concern,
// and the act after its comma keeps its own object.
TEST(ExtractDemands, ATopicFrameHoldsNoAct) {
  const auto d = extract_demands(
      "As far as working methods are concerned, we support the efforts of the Council to "
      "increase transparency.",
      "en", lexicon());
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].lemma, "supports");
  EXPECT_EQ(d[0].action, "the efforts of the Council to increase transparency");
}

// A topic frame does not hide the concern of a later sentence.
TEST(ExtractDemands, ConcernAfterATopicFrameIsStillConcern) {
  const auto d = extract_demands(
      "As regards the budget, we are deeply concerned about the growing arrears.", "en", lexicon());
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].lemma, "expresses concern");
}

// "Resolve" decides only before "to" or "that": in a list of what is asked, "resolve the
// abductions issue" settles something and is no act of its own.
TEST(ExtractDemands, ResolveIsADecisionOnlyBeforeToOrThat) {
  const auto asked = extract_demands(
      "We call on North Korea to release the detainees and resolve the abductions issue "
      "immediately.",
      "en", lexicon());
  ASSERT_EQ(asked.size(), 1u);
  EXPECT_EQ(asked[0].lemma, "calls upon");
  const auto decided = extract_demands(
      "We resolve to take decisive action on pandemic preparedness.", "en", lexicon());
  ASSERT_EQ(decided.size(), 1u);
  EXPECT_EQ(decided[0].lemma, "decides");
  EXPECT_EQ(decided[0].action, "take decisive action on pandemic preparedness");
}

// Who is asked may be named by nouns of the economy and of government as well as of States:
// "the private sector", "all creditors", "others".
TEST(ExtractDemands, TheSectorsCreditorsAndOthersAskedAreAddressees) {
  const auto d = extract_demands(
      "We call on the private sector to join us in our efforts. We call on all creditors to "
      "adhere to these rules. We encourage others to do the same.",
      "en", lexicon());
  ASSERT_EQ(d.size(), 3u);
  EXPECT_EQ(d[0].addressee, "the private sector");
  EXPECT_EQ(d[0].action, "join us in our efforts");
  EXPECT_EQ(d[1].addressee, "all creditors");
  EXPECT_EQ(d[2].addressee, "others");
  const auto es =
      extract_demands("Instamos a todos los acreedores a respetar estas normas.", "es", lexicon());
  ASSERT_EQ(es.size(), 1u);
  EXPECT_EQ(es[0].addressee, "todos los acreedores");
  const auto fr = extract_demands("Nous appelons le secteur privé à se joindre à nos efforts.",
                                  "fr", lexicon());
  ASSERT_EQ(fr.size(), 1u);
  EXPECT_EQ(fr[0].addressee, "le secteur privé");
}

// "support provided by": a present form before a past participle and its agent is a noun.
TEST(ExtractDemands, APresentFormBeforeAParticipleAndItsAgentIsANoun) {
  EXPECT_TRUE(extract_demands("The multifaceted support provided by our partners is important.",
                              "en", lexicon())
                  .empty());
  const auto d = extract_demands("We support measures adopted by the Council.", "en", lexicon());
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].lemma, "supports");
}

// A modifier is no addressee: in "encourage responsible business conduct ... to promote",
// nobody is asked.
TEST(ExtractDemands, ANounModifyingAnotherNamesNoAddressee) {
  const auto d = extract_demands(
      "We encourage responsible business conduct in our effort to promote economic growth.", "en",
      lexicon());
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].addressee, "");
}

// A stance noun opening a fragment is the act ("Deep concern over ..."); opening a sentence
// with a copula of its own it is the subject ("That solidarity ... continue to be ...").
TEST(ExtractDemands, AStanceNounThatIsASentencesSubjectIsNoAct) {
  EXPECT_TRUE(extract_demands("That solidarity and support continue to be essential today.", "en",
                              lexicon())
                  .empty());
  EXPECT_TRUE(
      extract_demands("Esa solidaridad es esencial para la región.", "es", lexicon()).empty());
  const auto fragment =
      extract_demands("profunda preocupación por el despliegue militar", "es", lexicon());
  ASSERT_EQ(fragment.size(), 1u);
  EXPECT_EQ(fragment[0].lemma, "expresses concern");
}

// Items written inside the paragraph of their colon act are what it asks: the verbs opening
// them ("(b) reaffirm ...") are no acts of their own, and "to" before the colon opens the
// items rather than closing the addressee.
TEST(ExtractDemands, ItemsInsideTheParagraphOfAColonActAreItsAction) {
  const auto d = extract_demands(
      "Recalls its resolution 2483 (2019), and calls upon the two leaders to: (a) put their "
      "efforts behind further work on the core issues; (b) reaffirm their political support "
      "for all Technical Committees; (c) ensure effective coordination on criminal matters;",
      "en", lexicon());
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d[0].lemma, "recalls");
  EXPECT_EQ(d[1].lemma, "calls upon");
  EXPECT_EQ(d[1].addressee, "the two leaders");
  EXPECT_EQ(d[1].action, "put their efforts behind further work on the core issues");
}

// An adverb between the addressee and "to" is the action's: "encouraging them clearly to
// explain", "Calls upon all States immediately to cease".
TEST(ExtractDemands, AnAdverbBeforeTheActionMarkerLeavesTheAddressee) {
  const auto encouraging = extract_demands(
      "Encouraging them clearly to explain the benefits of the settlement,", "en", lexicon());
  ASSERT_EQ(encouraging.size(), 1u);
  EXPECT_EQ(encouraging[0].addressee, "them");
  const auto calls =
      extract_demands("Calls upon all States immediately to cease their support;", "en", lexicon());
  ASSERT_EQ(calls.size(), 1u);
  EXPECT_EQ(calls[0].addressee, "all States");
  EXPECT_EQ(calls[0].action, "cease their support");
}

// A phrase in front of the subject of a that-clause ("by working together as sovereign
// partners,") is not what is reaffirmed; the proposition after its comma is.
TEST(ExtractDemands, APhraseInFrontOfTheSubjectOfAThatClauseIsLeftOut) {
  const auto d = extract_demands(
      "We reaffirm that by working together as sovereign partners, we are stronger and better "
      "placed to face the crises of our times.",
      "en", lexicon());
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].action, "we are stronger and better placed to face the crises of our times");
}

}  // namespace
}  // namespace concord
