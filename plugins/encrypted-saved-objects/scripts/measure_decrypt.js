// Measures what decrypting one small attribute costs. Run after `npm run build`:
//   node scripts/measure_decrypt.js
const { KeyRing } = require('../dist/server/crypto/key_ring');
const { encryptValue, decryptValue } = require('../dist/server/crypto/cipher_text');
const { EncryptedSavedObjectsService } = require('../dist/server/saved_objects/encrypted_saved_objects_service');

const quietLogger = { error() {}, warn() {}, info() {}, debug() {}, trace() {}, fatal() {}, get: () => quietLogger, isLevelEnabled: () => false };

function perCall(label, iterations, fn) {
  for (let i = 0; i < 10000; i++) fn(); // warm up
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) fn();
  const micros = Number(process.hrtime.bigint() - start) / 1000 / iterations;
  console.log(`${label}: ${micros.toFixed(2)} µs per call`);
}

(async () => {
  const started = process.hrtime.bigint();
  const ring = await KeyRing.create('primary-encryption-key-for-measuring-01', ['old-encryption-key-for-measuring-000002']);
  console.log(`key derivation (scrypt, 2 keys, once at start): ${(Number(process.hrtime.bigint() - started) / 1e6).toFixed(1)} ms`);

  const aad = '{"attribute":"secrets","attributes":{"actionTypeId":".slack"},"id":"c0ffee","type":"action"}';
  const value = encryptValue(ring.primary, { webhookUrl: 'https://hooks.slack.com/services/T000/B000/XXXX' }, aad);
  perCall('decryptValue (one small attribute)', 100000, () => decryptValue(ring, value, aad));
  perCall('encryptValue (one small attribute)', 100000, () => encryptValue(ring.primary, { webhookUrl: 'x' }, aad));

  const service = new EncryptedSavedObjectsService({ keyRing: ring, logger: quietLogger });
  service.registerType({ type: 'action', attributesToEncrypt: new Set(['secrets']), attributesToIncludeInAAD: new Set(['actionTypeId', 'config']) });
  const descriptor = { type: 'action', id: 'c0ffee' };
  const stored = service.encryptAttributes(descriptor, { actionTypeId: '.slack', name: 'n', config: { a: 1 }, secrets: { webhookUrl: 'https://hooks.slack.com/services/T000/B000/XXXX' } });
  perCall('decryptAttributes (object with one secret, AAD included)', 100000, () => service.decryptAttributes(descriptor, stored));
})();
