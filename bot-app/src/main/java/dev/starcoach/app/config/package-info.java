/** The validated application config file ({@code config/starcoach.yaml}) and its defaults. */
package dev.starcoach.app.config;
