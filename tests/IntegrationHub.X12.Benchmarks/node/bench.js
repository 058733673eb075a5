// Parses one X12 file with node-x12 (strict, in memory) and prints {"ms":..,"sets":..,"rssMb":..} or {"error":..}.
const fs = require('fs');
const path = require('path');
const { X12Parser } = require(path.join(process.argv[3], 'node_modules', 'node-x12'));
const file = process.argv[2];
try {
  const started = process.hrtime.bigint();
  const text = fs.readFileSync(file, 'utf8');
  const interchange = new X12Parser(true).parse(text);
  let sets = 0;
  for (const g of interchange.functionalGroups) sets += g.transactions.length;
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  console.log(JSON.stringify({ ms, sets, rssMb: process.memoryUsage().rss / 1048576 }));
} catch (e) {
  console.log(JSON.stringify({ error: String(e && e.message || e) }));
}
