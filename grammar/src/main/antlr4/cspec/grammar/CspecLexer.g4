// The tokens of the .cspec language (docs/language.md, "Lexical rules").
// Prose is not lexed here: after ':' (or 'means' after a definition's term) the base class
// CspecLexerBase reads the prose region by comparing indentation, which lexer modes cannot do,
// and emits it as a single PROSE token.
lexer grammar CspecLexer;

options { superClass = CspecLexerBase; }

tokens { PROSE, STRAY_COMMENT }

// A comment takes a whole line; CspecLexerBase retypes one that follows structure on its line
// as STRAY_COMMENT, an error outside prose. (A predicate here would stop ANTLR caching the DFA.)
COMMENT        : '//' ~[\r\n]* -> channel(HIDDEN);

// Blanks and line breaks only separate tokens: they are skipped, not made tokens (they were
// nearly half of a file's tokens). CspecLexerBase counts them onto the next token (CspecToken).
NEWLINE        : ('\r\n' | '\r' | '\n') -> skip;
WS             : [ \t\p{Zs}\u00A0\uFEFF]+ -> skip;

LBRACE  : '{' ;
RBRACE  : '}' ;
LPAREN  : '(' ;
RPAREN  : ')' ;
COMMA   : ',' ;
COLON   : ':' ;

CONTRACT     : 'contract' ;
CLIENT       : 'client' ;
PROVIDER     : 'provider' ;
AS           : 'as' ;
PROFILE      : 'profile' ;
JURISDICTION : 'jurisdiction' ;
EFFECTIVE    : 'effective' ;
TERM         : 'term' ;
VERSION      : 'version' ;
USES         : 'uses' ;
DEFINITIONS  : 'definitions' ;
MEANS        : 'means' ;
SECTION      : 'section' ;
MUST         : 'must' ;
SHOULD       : 'should' ;
MAY          : 'may' ;
WILL         : 'will' ;
WEIGHT       : 'weight' ;
BY           : 'by' ;
SLA          : 'sla' ;
MEASURED     : 'measured' ;
COVERAGE     : 'coverage' ;
AVAILABILITY : 'availability' ;
SEVERITY     : 'severity' ;
RESPONSE     : 'response' ;
RESOLUTION   : 'resolution' ;
WITHIN       : 'within' ;
REPORT       : 'report' ;
CREDIT       : 'credit' ;
PER          : 'per' ;
BREACH       : 'breach' ;
CAP          : 'cap' ;
CAPPED       : 'capped' ;
AT           : 'at' ;
METRIC       : 'metric' ;
TARGET       : 'target' ;
MOST         : 'most' ;
LEAST        : 'least' ;
CLAUSE       : 'clause' ;
REQUIRES     : 'requires' ;
RECOMMENDS   : 'recommends' ;
LIBRARY      : 'library' ;
BUSINESS     : 'business' ;
OPTION       : 'option' ;
QUESTION     : 'question' ;
BACKGROUND   : 'background' ;
REF          : 'ref' ;
ZONE         : 'zone' ;
TIMER        : 'timer' ;
OR           : 'or' ;
WHICHEVER    : 'whichever' ;
IS           : 'is' ;
SOONER       : 'sooner' ;
LATER        : 'later' ;
RENEWAL      : 'renewal' ;
UP           : 'up' ;
TO           : 'to' ;
NOTICE       : 'notice' ;
IN           : 'in' ;
DURATION     : 'duration' ;
PARTY        : 'party' ;
BONUS        : 'bonus' ;
PERIOD       : 'period' ;
MET          : 'met' ;

ALWAYS_COVERAGE : '24x7' | '24/7' ;
// A time of day and a range of them are single tokens, so their ':' never starts prose.
TIME_RANGE : TIME_OF_DAY '-' TIME_OF_DAY ;
TIME       : TIME_OF_DAY ;
DATE     : DIGIT DIGIT DIGIT DIGIT '-' DIGIT DIGIT '-' DIGIT DIGIT ;
PERCENT  : NUMBER_BODY '%' ;
NUMBER   : NUMBER_BODY ;

// A straight string closes only at a straight quote, a curly one only at a closing curly quote.
STRING   : '"' ( '\\' ~[\r\n] | ~["\\\r\n] )* '"'
         | '\u201C' ~[\u201D\r\n]* '\u201D'
         ;
// A string whose quotes do not match (“...", or "...” with no straight quote after it):
// reported with a fix, then read as a string so the rest of the line still parses.
MISMATCHED_STRING : '\u201C' ~[\u201D"\r\n]* '"'
                  | '"' ( '\\' ~[\r\n] | ~["\\\r\n\u201D] )* '\u201D'
                  ;
// Quotes a word processor may produce that the language does not use for strings: German
// „...“, single curly ‘...’ and guillemets «...». Reported with a fix, then read as strings.
FOREIGN_STRING : '\u201E' ~[\u201C\u201D\r\n]* [\u201C\u201D]
               | '\u2018' ~[\u2019\r\n]* '\u2019'
               | '\u00AB' ~[\u00BB\r\n]* '\u00BB'
               ;
// A string with no closing quote before the end of its line.
UNTERMINATED_STRING : '"' ( '\\' ~[\r\n] | ~["\\\r\n\u201D] )*
                    | '\u201C' ~[\u201D"\r\n]*
                    ;

ID       : [\p{L}] [\p{L}\p{Nd}_.\-]* ;

// Anything else is reported by the parser in the language's own words.
UNEXPECTED_CHAR : . ;

fragment DIGIT       : [0-9] ;
fragment NUMBER_BODY : DIGIT+ ( '.' DIGIT+ )? ;
fragment TIME_OF_DAY : DIGIT DIGIT? ':' DIGIT DIGIT ;
