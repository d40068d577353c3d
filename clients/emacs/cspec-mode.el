;;; cspec-mode.el --- Major mode and eglot entry for .cspec contract specifications -*- lexical-binding: t; -*-

;; Usage (Emacs 29+ has eglot built in; on 27/28 install eglot from GNU ELPA):
;;   (add-to-list 'load-path "/path/to/cspec/clients/emacs")
;;   (require 'cspec-mode)
;;   (add-hook 'cspec-mode-hook #'eglot-ensure)
;; The server command is `cspec server'; set `cspec-server-command' to
;; '("java" "-jar" "/path/to/cspec.jar" "server") when no cspec launcher is on PATH.

;;; Code:

(require 'eglot nil t)

(defgroup cspec nil
  "Contract specifications for SOC and MSSP services."
  :group 'languages)

(defcustom cspec-server-command '("cspec" "server")
  "Command that starts the cspec language server on standard input and output."
  :type '(repeat string)
  :group 'cspec)

(defcustom cspec-indent-offset 4
  "Indentation of a block's contents in .cspec files."
  :type 'integer
  :group 'cspec)

;; The lexer's keywords (grammar/src/main/antlr4/cspec/grammar/CspecLexer.g4); the test
;; server/app/src/test/java/cspec/app/ClientKeywordsTest.java keeps these lists in step with it.
(defconst cspec--modality-keywords '("must" "should" "may" "will" "option" "question")
  "Modalities, each highlighted by its strength.")

(defconst cspec--structure-keywords
  '("contract" "client" "provider" "as" "profile" "jurisdiction" "effective" "term"
    "version" "uses" "definitions" "means" "section" "weight" "by" "sla" "measured"
    "coverage" "availability" "severity" "response" "resolution" "within" "report"
    "credit" "per" "breach" "cap" "capped" "at" "metric" "target" "most" "least"
    "clause" "requires" "recommends" "library" "business" "background" "ref"
    "zone" "timer" "or" "whichever" "is" "sooner" "later" "renewal" "up" "to" "notice"
    "bonus" "period" "met" "in" "duration" "party")
  "Every other keyword.")

(defvar cspec-font-lock-keywords
  `(("^\\s-*//.*$" . font-lock-comment-face)
    ;; Modalities by strength: must, should, may, will; then options and questions to bidders.
    ("^\\s-*\\(must\\)\\_>" 1 font-lock-warning-face)
    ("^\\s-*\\(should\\)\\_>" 1 font-lock-type-face)
    ("^\\s-*\\(may\\)\\_>" 1 font-lock-variable-name-face)
    ("^\\s-*\\(will\\)\\_>" 1 font-lock-preprocessor-face)
    ("^\\s-*\\(option\\)\\_>" 1 font-lock-builtin-face)
    ("^\\s-*\\(question\\)\\_>" 1 font-lock-doc-face)
    (,(concat "^\\s-*" (regexp-opt cspec--structure-keywords 'symbols)) 1 font-lock-keyword-face)
    ("\\[\\([[:alpha:]][[:alnum:]._-]*\\)\\]" 1 font-lock-constant-face)
    ("^\\s-*\\(?:must\\|should\\|may\\|will\\|option\\|question\\|section\\|sla\\|clause\\)\\s-+\\([[:alpha:]][[:alnum:]._-]*\\)"
     1 font-lock-function-name-face))
  "Highlighting for `cspec-mode'; the language server adds semantic tokens on top.")

(defvar cspec-mode-syntax-table
  (let ((table (make-syntax-table)))
    (modify-syntax-entry ?\" "\"" table)
    (modify-syntax-entry ?- "_" table)
    (modify-syntax-entry ?. "_" table)
    (modify-syntax-entry ?_ "_" table)
    table)
  "Syntax table for `cspec-mode'.")

;;;###autoload
(define-derived-mode cspec-mode prog-mode "cspec"
  "Major mode for .cspec contract specifications."
  :syntax-table cspec-mode-syntax-table
  (setq-local comment-start "// ")
  (setq-local comment-start-skip "//+\\s-*")
  (setq-local indent-tabs-mode nil)
  (setq-local tab-width cspec-indent-offset)
  (setq-local font-lock-defaults '(cspec-font-lock-keywords t)))

;;;###autoload
(add-to-list 'auto-mode-alist '("\\.cspec\\'" . cspec-mode))

(with-eval-after-load 'eglot
  (add-to-list 'eglot-server-programs
               `(cspec-mode . ,(lambda (&optional _interactive) cspec-server-command))))

(provide 'cspec-mode)
;;; cspec-mode.el ends here
