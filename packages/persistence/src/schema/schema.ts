// Placeholder: the kysely table types are defined with the migrations.
export interface Schema {}
