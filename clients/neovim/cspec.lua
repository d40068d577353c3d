-- cspec language server for Neovim (0.7 or newer). Put this file on your runtimepath, for
-- example as ~/.config/nvim/lua/cspec.lua, and call require('cspec').setup() from init.lua.
-- It needs Java 17+ and the cspec jar; set jar to where cspec.jar is, or put a `cspec`
-- launcher on PATH and leave jar unset.
local M = {}
local clients = {}

function M.setup(opts)
  opts = opts or {}
  local cmd = opts.jar and { opts.java or 'java', '-jar', opts.jar, 'server' } or { 'cspec', 'server' }

  vim.cmd([[autocmd BufRead,BufNewFile *.cspec setfiletype cspec]])

  vim.api.nvim_create_autocmd('FileType', {
    pattern = 'cspec',
    callback = function(args)
      vim.bo[args.buf].commentstring = '// %s'
      -- <C-x><C-o> completes from the server. Neovim's client declares no snippet support, so
      -- the server sends one line of plain text that complete() can insert as it is.
      vim.bo[args.buf].omnifunc = 'v:lua.vim.lsp.omnifunc'
      local file = vim.api.nvim_buf_get_name(args.buf)
      -- The workspace root is the folder of the nearest cspec.json, else the current directory.
      local found = vim.fn.findfile('cspec.json', vim.fn.fnamemodify(file, ':p:h') .. ';')
      local root = found ~= '' and vim.fn.fnamemodify(found, ':p:h') or vim.fn.getcwd()
      -- One server per workspace root, shared by its buffers.
      local id = clients[root]
      if not id or not vim.lsp.get_client_by_id(id) then
        id = vim.lsp.start_client({
          name = 'cspec',
          cmd = cmd,
          root_dir = root,
          settings = { cspec = opts.settings or {} },
        })
        clients[root] = id
      end
      if id then
        vim.lsp.buf_attach_client(args.buf, id)
      end
    end,
  })
end

return M
