// The structure of a .cspec file (docs/language.md). Keywords are not reserved: `id` accepts
// every keyword token, so `section term "Term"` parses. Messages for syntax errors come from
// cspec.core.syntax.SyntaxErrors, never from ANTLR's token names.
parser grammar CspecParser;

options { tokenVocab = CspecLexer; contextSuperClass = CspecRuleContext; }

file        : document? EOF ;
document    : contract | profile | library ;

// ---- contract ----
contract    : CONTRACT string LBRACE headerField* RBRACE bodyItem* ;
headerField : partyField | profileField | textField | effectiveField | termField | usesField | willField
            | renewalField | noticeField ;
partyField  : role=(CLIENT | PROVIDER) string (AS string (COMMA string)*)? ;
profileField: PROFILE id ;
textField   : name=(JURISDICTION | VERSION) string ;
effectiveField : EFFECTIVE DATE ;
termField   : TERM duration ;
usesField   : USES string ;
// `will means must`: prose "will" is an obligation verb in this contract.
willField   : WILL MEANS MUST ;
// `renewal 1 year up to 5 times`: the options to extend the initial term.
renewalField: RENEWAL duration UP TO NUMBER id ;
// `notice termination 90 days`: a notice period, by what it is notice of.
noticeField : NOTICE id duration ;

bodyItem    : definitions | section | requirement | background | sla | clause ;
definitions : DEFINITIONS LBRACE definition* RBRACE ;
definition  : string MEANS PROSE ;
section     : SECTION id string LBRACE bodyItem* RBRACE ;

requirement : modality id? attributes? COLON PROSE ;
modality    : MUST | SHOULD | MAY | WILL | OPTION | QUESTION ;
attributes  : LPAREN attribute (COMMA attribute)* RPAREN ;
attribute   : WEIGHT NUMBER    # weightAttribute
            | BY DATE          # byAttribute
            | REF string       # refAttribute
            ;
// Text that obliges nobody (purpose, recitals): only the source's numbering may be attached.
background  : BACKGROUND id? (LPAREN REF string RPAREN)? COLON PROSE ;

// ---- SLA ----
sla         : SLA id string LBRACE slaItem* RBRACE ;
slaItem     : measuredLine | coverageLine | availabilityLine | severityLine | reportLine
            | creditLine | bonusLine | metricLine | timerLine | requirement ;
measuredLine     : MEASURED id ;
coverageLine     : COVERAGE coverage (ZONE string)? ;
coverage         : ALWAYS_COVERAGE | window (COMMA window)* | id ;
window           : id (TIME_RANGE | ALWAYS_COVERAGE | TIME) ;
availabilityLine : AVAILABILITY PERCENT ;
severityLine     : SEVERITY id string timer* (COLON PROSE)? ;
// `response within 15 minutes`, `escalate within 75 minutes or "the end of the shift", whichever is sooner`.
timer            : id WITHIN? duration eventBound? ;
eventBound       : OR string COMMA? WHICHEVER IS? bound=(SOONER | LATER) ;
timerLine        : TIMER id string ;
reportLine       : REPORT id ;
creditLine       : CREDIT PERCENT PER BREACH (CAP PERCENT | CAPPED AT PERCENT)? ;
// `bonus 2% per period met cap 6%`: earned for each measurement period in which every level is met.
bonusLine        : BONUS PERCENT PER PERIOD MET (CAP PERCENT | CAPPED AT PERCENT)? ;
metricLine       : METRIC id string TARGET (AT bound=(MOST | LEAST))? metricTarget ;
metricTarget     : duration | PERCENT | NUMBER ;
duration         : NUMBER BUSINESS? id ;

// ---- clauses ----
clause      : CLAUSE id clauseArguments? string? clauseArguments? (COLON PROSE)? ;
clauseArguments : LPAREN clauseArgument (COMMA clauseArgument)* RPAREN ;
clauseArgument  : id (string | id) ;

// ---- profile and library ----
profile     : PROFILE id string LBRACE expectation* RBRACE ;
// `in ID` places an item inside a section or clause the profile names: what that part must state.
expectation : strength=(REQUIRES | RECOMMENDS) expected (IN id)? (COLON PROSE)? ;
expected    : SECTION id string   # expectedSection
            | SLA                 # expectedSla
            | CLAUSE id           # expectedClause
            | DURATION id         # expectedDuration
            | PARTY id (TO action=id)?  # expectedParty
            | TIMER id            # expectedTimer
            | TERM string         # expectedTerm
            ;
library     : LIBRARY id string LBRACE clause* RBRACE ;

string      : STRING ;
id          : ID | CONTRACT | CLIENT | PROVIDER | AS | PROFILE | JURISDICTION | EFFECTIVE | TERM
            | VERSION | USES | DEFINITIONS | MEANS | SECTION | MUST | SHOULD | MAY | WILL | WEIGHT
            | BY | SLA | MEASURED | COVERAGE | AVAILABILITY | SEVERITY | RESPONSE | RESOLUTION
            | WITHIN | REPORT | CREDIT | PER | BREACH | CAP | CAPPED | AT | METRIC | TARGET | MOST
            | LEAST | CLAUSE | REQUIRES | RECOMMENDS | LIBRARY | BUSINESS | OPTION | QUESTION | BACKGROUND
            | REF | ZONE | TIMER | OR | WHICHEVER | IS | SOONER | LATER | RENEWAL | UP | TO | NOTICE
            | IN | DURATION | PARTY | BONUS | PERIOD | MET ;
