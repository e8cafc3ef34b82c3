// The organisation's elements, for administrators' pages: a CDN entry of its own
// (kollegalaering-organisation.js), so that other pages load none of it.
import '../events.js';
import '../contract-form/define.js';
import { addTemplates } from '../i18n/msg.js';
import { templates } from '../locales/da-organisation.js';
import { defineElement } from '../shared/define-element.js';
import { OrganisationOverviewElement } from './organisation-overview.js';
import { OrganisationSettingsElement } from './organisation-settings.js';

addTemplates('da', templates);
defineElement('organisation-settings', OrganisationSettingsElement);
defineElement('organisation-overview', OrganisationOverviewElement);

declare global {
  interface HTMLElementTagNameMap {
    'organisation-settings': OrganisationSettingsElement;
    'organisation-overview': OrganisationOverviewElement;
  }
}
