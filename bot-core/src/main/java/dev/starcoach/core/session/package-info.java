/** Practice sessions: who practises where, in which mode, how far they are, and what they said. */
package dev.starcoach.core.session;
