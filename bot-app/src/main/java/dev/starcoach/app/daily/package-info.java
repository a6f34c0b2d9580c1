/** Routes each daily-question post to the adapter of its platform. */
package dev.starcoach.app.daily;
