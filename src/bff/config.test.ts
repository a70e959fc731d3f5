import { ConfigError, loadConfig, type ConfigDeps } from './config';

/** A file system with exactly these files. */
const fsWith = (...files: string[]): ConfigDeps => ({
  exists: (path) => files.includes(path),
  homeDir: '/home/admin',
  cwd: '/app',
});

describe('loadConfig', () => {
  it('defaults to mock mode on loopback port 8080 when no credentials are configured', () => {
    const config = loadConfig({}, fsWith());
    expect(config).toMatchObject({ mode: 'mock', port: 8080, host: '127.0.0.1', mockSpeed: 1, mockClock: 'real', logLevel: 'info' });
    expect(config.modeReason).toMatch(/no Alibaba Cloud credentials/);
    expect(config.staticDir).toBeUndefined();
  });

  it.each([
    [{ ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAIxxx' }, fsWith()],
    [{}, fsWith('/home/admin/.alibabacloud/credentials')],
    [{}, fsWith('/home/admin/.aliyun/config.json')],
    [{ ALIBABA_CLOUD_CREDENTIALS_FILE: '/etc/ali.ini' }, fsWith('/etc/ali.ini')],
  ])('defaults to live mode when credentials are configured (%o)', (env, deps) => {
    expect(loadConfig(env, deps).mode).toBe('live');
  });

  it('lets ECS_MODE override the default either way', () => {
    expect(loadConfig({ ECS_MODE: 'mock', ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAIxxx' }, fsWith()).mode).toBe('mock');
    expect(loadConfig({ ECS_MODE: 'live' }, fsWith()).mode).toBe('live');
  });

  it('reads the endpoint as host:port, also from a pasted URL', () => {
    expect(loadConfig({ ECS_ENDPOINT: '127.0.0.1:8787', ECS_PROTOCOL: 'http' }, fsWith())).toMatchObject({
      ecsEndpoint: '127.0.0.1:8787',
      ecsProtocol: 'http',
    });
    expect(loadConfig({ ECS_ENDPOINT: 'http://127.0.0.1:8787/' }, fsWith())).toMatchObject({
      ecsEndpoint: '127.0.0.1:8787',
      ecsProtocol: 'http',
    });
  });

  it('serves dist/ when it holds a built SPA', () => {
    expect(loadConfig({}, fsWith('/app/dist/index.html')).staticDir).toBe('/app/dist');
  });

  it.each([
    ['ECS_MODE', 'cloud'],
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['ECS_PROTOCOL', 'ftp'],
    ['ECS_ENDPOINT', 'http://host/with/path'],
    ['MOCK_ECS_SPEED', '0'],
    ['MOCK_ECS_CLOCK', 'sundial'],
    ['STATIC_DIR', 'missing'],
    ['LOG_LEVEL', 'loud'],
  ])('refuses %s=%s with a message naming the variable', (variable, value) => {
    expect(() => loadConfig({ [variable]: value }, fsWith())).toThrow(ConfigError);
    expect(() => loadConfig({ [variable]: value }, fsWith())).toThrow(new RegExp(`^${variable}: `));
  });
});
