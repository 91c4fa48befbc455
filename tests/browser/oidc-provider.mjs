// A real OpenID provider for the sign-in tests (tests/common/oidc.rs): the certified `oidc-provider`
// package from npm on 127.0.0.1:PORT, with its own login and consent pages (devInteractions: any
// user name, any password) and one confidential client.
//
// Usage: node oidc-provider.mjs PORT REDIRECT_URI POST_LOGOUT_URI
//
// The ID tokens are signed with a key made at start, so a restart rotates the key (the relying
// party must fetch the new JWKS without a restart of its own). For the failure tests a test can set
// a mode with GET /test/mode/NAME; the token endpoint's answer is then changed the way an attacker
// or a broken provider would:
//   ok             the provider's own answer
//   expired        the ID token re-signed with the provider's key, expired an hour ago
//   late           re-signed as if the provider's clock ran a minute behind ours (expired 30 s ago)
//   ahead          re-signed as if the provider's clock ran a minute ahead (issued in our future)
//   wrong-key      the ID token signed by another key under the provider's key id
//   other-issuer   the ID token re-signed with the provider's key, but from another issuer
//   wrong-nonce    the ID token re-signed with the provider's key, with another nonce
import Provider from 'oidc-provider';
import * as jose from 'jose';

const [port, redirectUri, postLogoutUri] = process.argv.slice(2);
const issuer = `http://127.0.0.1:${port}`;

// People of the test organisation. Any other login name signs in as itself, with an e-mail
// address at example.org and no groups.
const people = {
  anna: { email: 'anna@gemeente.example', name: 'Anna de Vries', groups: ['wijkaanpak-lezers'] },
  beheer: { email: 'beheer@gemeente.example', name: 'Bram Beheer', groups: ['wijkwijzer-beheer'] },
  data: { email: 'data@gemeente.example', name: 'Dirk Data', groups: ['wijkwijzer-data'] },
};

const kid = `sleutel-${Date.now()}`;
const { privateKey } = await jose.generateKeyPair('RS256', { extractable: true });
const jwk = { ...(await jose.exportJWK(privateKey)), kid, alg: 'RS256', use: 'sig' };
const other = await jose.generateKeyPair('RS256', { extractable: true });

let mode = 'ok';

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: 'wijkwijzer',
      client_secret: 'een-geheim-voor-de-test',
      redirect_uris: [redirectUri],
      post_logout_redirect_uris: [postLogoutUri],
      grant_types: ['authorization_code'],
      response_types: ['code'],
    },
  ],
  jwks: { keys: [jwk] },
  cookies: { keys: ['test-cookie-key'] },
  pkce: { required: () => true },
  conformIdTokenClaims: false,
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'], groups: ['groups'] },
  features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
  async findAccount(ctx, id) {
    const person = people[id] || { email: `${id}@example.org`, name: id, groups: [] };
    return {
      accountId: id,
      async claims() {
        return { sub: id, email: person.email, email_verified: true, name: person.name, groups: person.groups };
      },
    };
  },
});
provider.proxy = false;

async function resign(idToken, change, key) {
  const claims = jose.decodeJwt(idToken);
  change(claims);
  return new jose.SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' }).sign(key);
}

provider.use(async (ctx, next) => {
  const m = ctx.path.match(/^\/test\/mode\/([a-z-]+)$/);
  if (m) {
    mode = m[1];
    ctx.body = { mode };
    return;
  }
  await next();
  if (ctx.path === '/token' && ctx.status === 200 && ctx.body && ctx.body.id_token && mode !== 'ok') {
    const now = Math.floor(Date.now() / 1000);
    const t = ctx.body.id_token;
    if (mode === 'expired') {
      ctx.body.id_token = await resign(t, (c) => { c.iat = now - 7200; c.exp = now - 3600; }, privateKey);
    } else if (mode === 'late') {
      ctx.body.id_token = await resign(t, (c) => { c.iat = now - 330; c.exp = now - 30; }, privateKey);
    } else if (mode === 'ahead') {
      ctx.body.id_token = await resign(t, (c) => { c.iat = now + 60; c.exp = now + 360; }, privateKey);
    } else if (mode === 'wrong-key') {
      ctx.body.id_token = await resign(t, () => {}, other.privateKey);
    } else if (mode === 'other-issuer') {
      ctx.body.id_token = await resign(t, (c) => { c.iss = 'http://127.0.0.1:9/vreemd'; }, privateKey);
    } else if (mode === 'wrong-nonce') {
      ctx.body.id_token = await resign(t, (c) => { c.nonce = 'een-andere-nonce'; }, privateKey);
    }
  }
});

provider.listen(Number(port), '127.0.0.1');
console.log('listening');
