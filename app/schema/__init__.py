"""What a record looks like, without the store: the incident and situation documents, their
field sets and validators, and the schema number sync declares. The HQ server and the wire
format import these modules; none of them imports app.store, app.keyfile or SQLCipher."""
