// The peer of bench/sync.py part 9: PouchDB replicating the same documents to an
// express-pouchdb server on loopback (plain HTTP, no encryption), then a fresh PouchDB
// replicating them back. Run by the benchmark from a scratch folder where it installed
// pouchdb, express-pouchdb and express 4 with npm.
//
//   node pouchdb_peer.js DOCS.json WORKDIR   ->   {"push_s": ..., "pull_s": ..., ...}
"use strict";
const fs = require("fs");
const path = require("path");
const express = require("express");
const PouchDB = require("pouchdb");

const docs = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const work = process.argv[3];
const ServerDB = PouchDB.defaults({ prefix: path.join(work, "server-") });
const LocalDB = PouchDB.defaults({ prefix: path.join(work, "local-") });
const app = express();
app.use(
  "/",
  require("express-pouchdb")(ServerDB, {
    logPath: path.join(work, "express-pouchdb.log"),
    mode: "minimumForPouchDB",
  })
);
const server = app.listen(0, "127.0.0.1", async () => {
  const url = `http://127.0.0.1:${server.address().port}/bench`;
  try {
    const a = new LocalDB("a");
    await a.bulkDocs(docs);
    let t = process.hrtime.bigint();
    const pushed = await a.replicate.to(new PouchDB(url));
    const push = Number(process.hrtime.bigint() - t) / 1e9;
    const b = new LocalDB("b");
    t = process.hrtime.bigint();
    const pulled = await b.replicate.from(new PouchDB(url));
    const pull = Number(process.hrtime.bigint() - t) / 1e9;
    console.log(
      JSON.stringify({
        push_s: push,
        pull_s: pull,
        pushed: pushed.docs_written,
        pulled: pulled.docs_written,
      })
    );
  } catch (err) {
    console.error(String(err && err.stack ? err.stack : err));
    process.exitCode = 1;
  } finally {
    server.close();
    setImmediate(() => process.exit());
  }
});
