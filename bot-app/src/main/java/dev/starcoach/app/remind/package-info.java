/** Routes each practice reminder to the adapter of its platform. */
package dev.starcoach.app.remind;
