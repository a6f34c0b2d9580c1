/** Tests of the bench command, and the embedded PostgreSQL run of the engine bench. */
package dev.starcoach.app.bench;
