-- Checks the Neovim setup of docs/editors.md as a user has it: run by the JUnit test
-- cspec.dist.NeovimSetupIT in headless Neovim with the documented init.lua, on a contract opened
-- from the command line. It waits for the server (`cspec server`, found on PATH) to publish
-- diagnostics, asks for the completions at an empty `clause` line and turns them into what
-- <C-x><C-o> would insert, and writes what it saw as JSON to $CSPEC_E2E_OUT.
local out_path = os.getenv('CSPEC_E2E_OUT')
local bufnr = vim.api.nvim_get_current_buf()
local report = {
  filetype = vim.bo[bufnr].filetype,
  syntax = vim.b[bufnr].current_syntax or vim.NIL,
  omnifunc = vim.bo[bufnr].omnifunc,
}

local got = vim.wait(60000, function()
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.code == 'unknown-rule' then return true end
  end
  return false
end, 100)
report.diagnostics = {}
for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  table.insert(report.diagnostics, { code = d.code, line = d.lnum, col = d.col })
end
report.diagnostics_arrived = got

local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
for i, l in ipairs(lines) do
  if l:match('^%s*clause%s*$') then
    local params = { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = { line = i - 1, character = #l } }
    local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/completion', params, 30000) or {}
    for _, r in pairs(responses) do
      -- The conversion omnifunc applies before it calls complete().
      for _, item in ipairs(vim.lsp.util.text_document_completion_list_to_complete_items(r.result or {}, '')) do
        if item.abbr == 'limitation-of-liability' or item.word == 'limitation-of-liability' then
          report.omnifunc_word = item.word
        end
      end
    end
  end
end

local f = io.open(out_path, 'w')
f:write(vim.fn.json_encode(report))
f:close()
vim.cmd('qa!')
