" Vim syntax for .cspec contract specifications (Neovim 0.7+, Vim 8). Copy it to
" ~/.config/nvim/syntax/cspec.vim. It colours a line's leading keyword and the keywords, IDs,
" strings, numbers and dates of that line up to the prose after its ':', modalities by strength,
" references and placeholders, and comments. A continuation line of prose that happens to start
" with a keyword is coloured as if it were structure; the language server knows better.
if exists('b:current_syntax')
  finish
endif

" The lexer's keywords (grammar/src/main/antlr4/cspec/grammar/CspecLexer.g4). The test
" server/app/src/test/java/cspec/app/ClientKeywordsTest.java keeps these lists in step with it.
let s:modalities = ['must', 'should', 'may', 'will', 'option', 'question']
let s:keywords = ['contract', 'client', 'provider', 'as', 'profile', 'jurisdiction', 'effective',
      \ 'term', 'version', 'uses', 'definitions', 'means', 'section', 'weight', 'by', 'sla',
      \ 'measured', 'coverage', 'availability', 'severity', 'response', 'resolution', 'within',
      \ 'report', 'credit', 'per', 'breach', 'cap', 'capped', 'at', 'metric', 'target', 'most',
      \ 'least', 'clause', 'requires', 'recommends', 'library', 'business', 'background', 'ref',
      \ 'zone', 'timer', 'or', 'whichever', 'is', 'sooner', 'later', 'renewal', 'up', 'to', 'notice',
      \ 'bonus', 'period', 'met', 'in', 'duration', 'party']

syntax case match

" A structure line starts with a keyword, a modality or a quoted term; its prose starts at ':'.
execute 'syntax match cspecStructure /^\s*\%(\%(' . join(s:keywords + s:modalities, '\|') . '\)\>\|"\).*$/'
      \ . ' contains=cspecKeyword,cspecMust,cspecShould,cspecMay,cspecWill,cspecOption,cspecQuestion,cspecString,cspecDate,'
      \ . 'cspecNumber,cspecDeclared,cspecProseTail'
execute 'syntax match cspecKeyword /\<\%(' . join(s:keywords, '\|') . '\)\>/ contained'
syntax match cspecMust /\<must\>/ contained
syntax match cspecShould /\<should\>/ contained
syntax match cspecMay /\<may\>/ contained
syntax match cspecWill /\<will\>/ contained
syntax match cspecOption /\<option\>/ contained
syntax match cspecQuestion /\<question\>/ contained
syntax match cspecDeclared /\%(\<\%(section\|sla\|metric\|timer\|clause\|severity\|must\|should\|may\|will\|option\|question\)\s\+\)\@<=\a[[:alnum:]_.-]*/ contained
syntax region cspecString start=/"/ skip=/\\"/ end=/"\|$/ oneline contained
" Of two items matching at one place the one defined last wins: a date over a number, a
" reference over a blank.
syntax match cspecNumber /\<\d\+\%(\.\d\+\)\?\s\?%\?/ contained
syntax match cspecDate /\<\d\{4}-\d\d-\d\d\>/ contained
syntax match cspecDate /\<\d\{1,2}:\d\d\%(-\d\{1,2}:\d\d\)\?\>/ contained
syntax match cspecProseTail /:\s.*$\|:$/ contained contains=cspecReference,cspecPlaceholder,cspecBlank

" Anywhere in prose.
syntax match cspecBlank /\[[^]]*\]\|\<TB[DC]\>/
syntax match cspecReference /\[\a[[:alnum:]_.-]*\]/
syntax match cspecPlaceholder /{{[^}]*}}/
syntax match cspecComment /^\s*\/\/.*$/ contains=cspecSuppression
syntax match cspecSuppression /cspec-\%(disable-next-line\|disable\|enable\)\>/ contained

highlight default link cspecKeyword Keyword
highlight default link cspecMust Statement
highlight default link cspecShould Type
highlight default link cspecMay Identifier
highlight default link cspecWill PreProc
highlight default link cspecOption Constant
highlight default link cspecQuestion Special
highlight default link cspecDeclared Function
highlight default link cspecString String
highlight default link cspecDate Number
highlight default link cspecNumber Number
highlight default link cspecReference Underlined
highlight default link cspecBlank Todo
highlight default link cspecPlaceholder Special
highlight default link cspecComment Comment
highlight default link cspecSuppression SpecialComment

let b:current_syntax = 'cspec'
