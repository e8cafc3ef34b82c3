// Types for the tags in Vue templates, generated from custom-elements.json.
/// <reference types="@kollegalaering/components/vue-types" />
