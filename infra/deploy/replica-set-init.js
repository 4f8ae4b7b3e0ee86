// mongosh --host db1 replica-set-init.js — three data-bearing members, no arbiter.
rs.initiate({
  _id: "rs0",
  members: [
    { _id: 0, host: "db1:27017", priority: 2 },
    { _id: 1, host: "db2:27017", priority: 1 },
    { _id: 2, host: "db3:27017", priority: 1 }
  ],
  writeConcernMajorityJournalDefault: true
});
