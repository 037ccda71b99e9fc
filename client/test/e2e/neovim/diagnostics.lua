-- Sourced by headless Neovim with the sample as its only buffer: starts the
-- PageWarden server over stdio, waits for the first diagnostics it publishes
-- for the buffer, writes them as JSON to $PW_OUT and quits. Uses the 0.7 API
-- (start_client + buf_attach_client): Debian 12 ships Neovim 0.7.2.
local out = assert(os.getenv('PW_OUT'), 'PW_OUT not set')
local cli = assert(os.getenv('PW_CLI'), 'PW_CLI not set')
local timeout = tonumber(os.getenv('PW_TIMEOUT_MS') or '60000')

local function run()
  local buf = vim.api.nvim_get_current_buf()
  local uri = vim.uri_from_bufnr(buf)
  local published, exited
  local client_id = vim.lsp.start_client({
    name = 'pagewarden',
    cmd = { 'node', cli, 'lsp', '--stdio' },
    root_dir = vim.fn.getcwd(),
    -- A server that dies early should fail the test at once, with its exit code.
    on_exit = function(code, signal) exited = { code = code, signal = signal } end,
    handlers = {
      -- Keep the server's own diagnostics (with code and source) before Neovim converts them.
      ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
        if result and result.uri == uri then published = result.diagnostics end
        return vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
      end,
    },
  })
  assert(client_id, 'vim.lsp.start_client failed')
  assert(vim.lsp.buf_attach_client(buf, client_id), 'vim.lsp.buf_attach_client failed')
  vim.wait(timeout, function() return published ~= nil or exited ~= nil end, 50)
  local result = {
    filetype = vim.bo[buf].filetype,
    published = published or vim.NIL,
    exited = exited or vim.NIL,
    -- What Neovim itself made of them: 0-based lnum, its own severity numbers.
    neovim = vim.tbl_map(function(d)
      return { lnum = d.lnum, severity = d.severity, source = d.source or vim.NIL }
    end, vim.diagnostic.get(buf)),
  }
  vim.lsp.stop_client(client_id)
  return result
end

local ok, result = pcall(run)
if not ok then result = { error = tostring(result) } end
local file = assert(io.open(out, 'w'))
file:write(vim.fn.json_encode(result))
file:close()
vim.cmd('qall!')
