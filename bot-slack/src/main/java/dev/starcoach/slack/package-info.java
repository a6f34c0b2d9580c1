/** The Slack adapter on Bolt: parse Slack requests, call the engine, render its replies. */
package dev.starcoach.slack;
