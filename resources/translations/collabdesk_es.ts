<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Columns</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>FieldErrorLabel</name>
    <message>
        <source>Error for {field}</source>
        <translation>Error en {field}</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search…</source>
        <translation>Buscar…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Results update as you type. Press Escape to clear.</source>
        <translation>Los resultados se actualizan mientras escribe. Pulse Escape para borrar.</translation>
    </message>
</context>
<context>
    <name>StatusChip</name>
    <message>
        <source>Status: {status}</source>
        <translation>Estado: {status}</translation>
    </message>
</context>
<context>
    <name>TaskProgressDialog</name>
    <message>
        <source>Working…</source>
        <translation>Trabajando…</translation>
    </message>
    <message>
        <source>Progress message</source>
        <translation>Mensaje de progreso</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel this task</source>
        <translation>Cancelar esta tarea</translation>
    </message>
    <message>
        <source>Cancelling… waiting for the current step to end.</source>
        <translation>Cancelando… esperando a que termine el paso en curso.</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Something went wrong and the action could not be completed. Please try again; if it keeps happening, ask your IT volunteer to look at the application log.</source>
        <translation>Algo salió mal y no se pudo completar la acción. Inténtelo de nuevo; si vuelve a ocurrir, pida a su voluntario de informática que revise el registro de la aplicación.</translation>
    </message>
</context>
</TS>
