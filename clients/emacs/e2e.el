;;; e2e.el --- End-to-end check of cspec-mode and eglot against the cspec server -*- lexical-binding: t; -*-

;; Run by the JUnit test cspec.dist.EmacsEndToEndIT in `emacs --batch', after the setup that
;; docs/editors.md gives (loaded first, verbatim but for the checkout's path). It opens
;; $CSPEC_E2E_DIR/contract.cspec, lets eglot connect as `eglot-ensure' does after a command,
;; waits for the diagnostics, completes a clause with `completion-at-point', applies a quick
;; fix through `eglot-code-actions', and writes what it saw as JSON to $CSPEC_E2E_OUT.

;;; Code:

(require 'json)
(require 'cl-lib)

(defvar cspec-e2e--report nil "Steps and observations, as an alist for `json-encode'.")
(defvar cspec-e2e--steps nil)

(defun cspec-e2e--wait (predicate seconds)
  "Let timers and the server run until PREDICATE is non-nil or SECONDS pass."
  (let ((deadline (+ (float-time) seconds)) value)
    (while (and (not (setq value (funcall predicate))) (< (float-time) deadline))
      (accept-process-output nil 0.1))
    value))

(defmacro cspec-e2e--step (name &rest body)
  "Run BODY as the step NAME, recording whether it worked."
  (declare (indent 1))
  `(condition-case err
       (progn ,@body (push (list (cons 'name ,name) (cons 'ok t)) cspec-e2e--steps))
     (error (push (list (cons 'name ,name) (cons 'ok :json-false) (cons 'error (error-message-string err)))
                  cspec-e2e--steps))))

(defun cspec-e2e--codes ()
  "The rule codes of the buffer's flymake diagnostics, with line and column."
  (mapcar (lambda (d)
            (let ((pos (flymake-diagnostic-beg d)))
              (list (cons 'text (flymake-diagnostic-text d))
                    (cons 'line (1- (line-number-at-pos pos)))
                    (cons 'col (save-excursion (goto-char pos) (current-column))))))
          (flymake-diagnostics)))

(defun cspec-e2e--has-unknown-rule ()
  (cl-some (lambda (d) (string-match-p "unknown-rule\\|is not a cspec rule\\|not a rule" (flymake-diagnostic-text d)))
           (flymake-diagnostics)))

(let* ((dir (getenv "CSPEC_E2E_DIR"))
       (out (getenv "CSPEC_E2E_OUT"))
       (file (expand-file-name "contract.cspec" dir)))
  (find-file file)
  (push (cons 'major_mode (symbol-name major-mode)) cspec-e2e--report)
  ;; eglot-ensure connects after the next command; a batch session has none, so run the hook.
  (run-hooks 'post-command-hook)
  (cspec-e2e--step "connect"
    (unless (cspec-e2e--wait (lambda () (and (fboundp 'eglot-current-server) (eglot-current-server))) 60)
      (error "eglot did not connect to `cspec server' within 60 s")))
  (push (cons 'snippet_support (if (eglot--snippet-expansion-fn) t :json-false)) cspec-e2e--report)

  (cspec-e2e--step "diagnostics"
    (unless (cspec-e2e--wait #'cspec-e2e--has-unknown-rule 60)
      (error "no unknown-rule diagnostic within 60 s; flymake has %S" (cspec-e2e--codes)))
    (push (cons 'diagnostics (cspec-e2e--codes)) cspec-e2e--report))

  (cspec-e2e--step "completion"
    (goto-char (point-min))
    (re-search-forward "^    clause $")
    (insert "limi")
    (completion-at-point)
    (cspec-e2e--wait (lambda () (not (looking-back "limi" (line-beginning-position)))) 30)
    (push (cons 'after_completion (buffer-substring-no-properties (line-beginning-position) (line-end-position)))
          cspec-e2e--report)
    (push (cons 'buffer_has_snippet_syntax (if (save-excursion (goto-char (point-min)) (search-forward "${" nil t)) t :json-false))
          cspec-e2e--report))

  (cspec-e2e--step "quick fix"
    (goto-char (point-min))
    (re-search-forward "vague-tem\\_>")
    (let ((beg (match-beginning 0)) (end (match-end 0)) titles)
      ;; The same path as M-x eglot-code-actions typed at the keyboard (so eglot asks in the
      ;; minibuffer, not with a mouse menu), the question answered with the fix's title.
      (cl-letf ((last-nonmenu-event ?\r)
                ((symbol-function 'completing-read)
                 (lambda (_prompt items &rest _)
                   (setq titles (mapcar #'car items))
                   (or (cl-find-if (lambda (title) (string-prefix-p "Change to" title)) titles)
                       (error "no \"Change to\" fix among %S" titles)))))
        (eglot-code-actions beg end nil t))
      (push (cons 'code_action_titles titles) cspec-e2e--report)
      (push (cons 'after_fix (buffer-substring-no-properties (line-beginning-position) (line-end-position)))
            cspec-e2e--report)))

  (cspec-e2e--step "shutdown"
    (let ((server (eglot-current-server)))
      (eglot-shutdown server)
      (unless (cspec-e2e--wait (lambda () (not (jsonrpc-running-p server))) 20)
        (error "the server did not exit after shutdown"))))

  (push (cons 'steps (reverse cspec-e2e--steps)) cspec-e2e--report)
  (with-temp-file out
    (insert (json-encode cspec-e2e--report)))
  (set-buffer-modified-p nil)
  (kill-emacs 0))

;;; e2e.el ends here
