/** The Discord adapter: JDA interactions in, engine calls, embeds and buttons out. */
package dev.starcoach.discord;
