/**
 * Loop rehearsals: several mock interviews in one sitting, one per interviewer, and their store.
 */
package dev.starcoach.core.loop;
