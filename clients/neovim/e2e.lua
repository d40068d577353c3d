-- End-to-end check of the cspec language server from a real client: headless Neovim 0.7+
-- starts the server ($CSPEC_CMD, a JSON array, default `java -jar $CSPEC_JAR server`), opens the contract in $CSPEC_E2E_DIR, waits for its
-- diagnostics, completes a clause, applies a quick fix, shuts the server down, and writes what
-- it saw as JSON to $CSPEC_E2E_OUT. The JUnit test cspec.app.NeovimEndToEndIT judges the JSON.
local jar = os.getenv('CSPEC_JAR')
local dir = os.getenv('CSPEC_E2E_DIR')
local out_path = os.getenv('CSPEC_E2E_OUT')
local java = os.getenv('CSPEC_JAVA') or 'java'
local cmd = os.getenv('CSPEC_CMD') and vim.fn.json_decode(os.getenv('CSPEC_CMD')) or { java, '-jar', jar, 'server' }
local report = { steps = {} }

local function finish()
  local f = io.open(out_path, 'w')
  f:write(vim.fn.json_encode(report))
  f:close()
  vim.cmd('qa!')
end

local function step(name, fn)
  local ok, err = pcall(fn)
  table.insert(report.steps, { name = name, ok = ok, error = ok and vim.NIL or tostring(err) })
  return ok
end

local client_id = vim.lsp.start_client({
  name = 'cspec',
  cmd = cmd,
  root_dir = dir,
  on_exit = function(code) report.exit_code = code end,
})
report.client_started = client_id ~= nil

vim.cmd('edit ' .. vim.fn.fnameescape(dir .. '/contract.cspec'))
local bufnr = vim.api.nvim_get_current_buf()
vim.lsp.buf_attach_client(bufnr, client_id)
local uri = vim.uri_from_bufnr(bufnr)

step('diagnostics', function()
  local got = vim.wait(60000, function()
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      if d.code == 'unknown-rule' then return true end
    end
    return false
  end, 100)
  assert(got, 'no unknown-rule diagnostic within 60 s')
  report.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(report.diagnostics, { code = d.code, line = d.lnum, col = d.col, source = d.source })
  end
end)

step('completion', function()
  local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  local row
  for i, l in ipairs(lines) do
    if l:match('^%s*clause%s*$') then row = i - 1 end
  end
  assert(row, 'no empty clause line in the fixture')
  local params = { textDocument = { uri = uri }, position = { line = row, character = #lines[row + 1] } }
  local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/completion', params, 30000)
  local items = {}
  for _, r in pairs(responses or {}) do
    local result = r.result or {}
    for _, item in ipairs(result.items or result) do table.insert(items, item) end
  end
  report.completion_labels = vim.tbl_map(function(i) return i.label end, items)
  local chosen
  for _, item in ipairs(items) do
    if item.label == 'limitation-of-liability' then chosen = item end
  end
  assert(chosen, 'no limitation-of-liability completion')
  local edit = chosen.textEdit
  edit.newText = vim.lsp.util.parse_snippet(edit.newText)
  vim.lsp.util.apply_text_edits({ edit }, bufnr, 'utf-16')
  report.after_completion = vim.api.nvim_buf_get_lines(bufnr, row, row + 1, false)[1]
end)

step('quick fix', function()
  local target
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.code == 'unknown-rule' then target = d end
  end
  assert(target, 'the unknown-rule diagnostic is gone before the fix')
  local range = { start = { line = target.lnum, character = target.col },
                  ['end'] = { line = target.end_lnum, character = target.end_col } }
  local params = { textDocument = { uri = uri }, range = range,
                   context = { diagnostics = { target.user_data.lsp }, only = { 'quickfix' } } }
  local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, 30000)
  local titles, chosen = {}, nil
  for _, r in pairs(responses or {}) do
    for _, action in ipairs(r.result or {}) do
      table.insert(titles, action.title)
      if action.title:match('^Change to') then chosen = action end
    end
  end
  report.code_action_titles = titles
  assert(chosen, 'no "Change to" quick fix among ' .. table.concat(titles, ', '))
  vim.lsp.util.apply_workspace_edit(chosen.edit, 'utf-16')
  report.after_fix = vim.api.nvim_buf_get_lines(bufnr, target.lnum, target.lnum + 1, false)[1]
end)

step('shutdown', function()
  vim.lsp.stop_client(client_id)
  local stopped = vim.wait(20000, function() return report.exit_code ~= nil end, 100)
  assert(stopped, 'server did not exit after shutdown')
end)

finish()
