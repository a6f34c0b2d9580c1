/** Places: channel keys, a place's zone and posting days, leaderboard ranges, the group door. */
package dev.starcoach.core.place;
