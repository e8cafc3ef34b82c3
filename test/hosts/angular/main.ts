// Registers the elements, then starts the Angular app that embeds one.
import '@kollegalaering/components/define.js';
import { provideZonelessChangeDetection } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { HostAppComponent } from './host-app.component.js';

bootstrapApplication(HostAppComponent, {
  providers: [provideZonelessChangeDetection()],
}).catch((error: unknown) => console.error(error));
